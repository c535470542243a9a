import { env } from '@/lib/config/env'
import { getPublishedGuides } from '@/lib/data/guides'
import { rssFeed } from '@/lib/seo/feed'
import { SITE_NAME } from '@/lib/config/site'

export async function GET() {
  const xml = rssFeed({ siteUrl: env().SITE_URL, siteName: SITE_NAME }, await getPublishedGuides())
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
