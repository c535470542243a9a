import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { env } from '@/lib/config/env'
import { robotsTxt } from '@/lib/seo/crawling'

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Read at request time, so one build serves production and a staging site with SITE_INDEXING=off.
  await connection()
  const { SITE_URL, SITE_INDEXING } = env()
  return robotsTxt({ siteUrl: SITE_URL, indexing: SITE_INDEXING })
}
