import { currentSitemapEntries, xmlResponse } from '@/lib/seo/sitemap-response'
import { rootSitemapXml } from '@/lib/seo/sitemap-xml'

// Written here rather than with Next's sitemap.ts: Next splits sitemaps (generateSitemaps) but
// serves no index for them, and how many there are depends on the database at request time.
export async function GET() {
  const { entries, siteUrl } = await currentSitemapEntries()
  return xmlResponse(rootSitemapXml(entries, siteUrl))
}
