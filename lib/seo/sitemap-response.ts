import { connection } from 'next/server'
import { env } from '@/lib/config/env'
import { getSitemapSource } from '@/lib/data/sitemap'
import { sitemapEntries } from './crawling'
import type { SitemapEntry } from './sitemap-xml'

/** Every URL the sitemaps list, built per request from cached data (never from the build machine's database). */
export async function currentSitemapEntries(): Promise<{ entries: SitemapEntry[]; siteUrl: string }> {
  await connection()
  const { SITE_URL, SITE_INDEXING } = env()
  return {
    entries: sitemapEntries({ siteUrl: SITE_URL, indexing: SITE_INDEXING }, await getSitemapSource()),
    siteUrl: SITE_URL,
  }
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
