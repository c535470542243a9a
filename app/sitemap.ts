import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { env } from '../lib/env'
import { getSitemapSource } from '../lib/queries'
import { sitemapEntries } from '../lib/seo/crawling'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request from cached data, never from the build machine's database.
  await connection()
  const { SITE_URL, SITE_INDEXING } = env()
  return sitemapEntries({ siteUrl: SITE_URL, indexing: SITE_INDEXING }, await getSitemapSource())
}
