import { currentSitemapEntries, xmlResponse } from '@/lib/seo/sitemap-response'
import { numberedSitemapXml } from '@/lib/seo/sitemap-xml'

/** /sitemap/<n>.xml: one of the numbered sitemaps the index at /sitemap.xml lists. */
export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const match = /^(\d{1,6})\.xml$/.exec((await params).page)
  const xml = match && numberedSitemapXml((await currentSitemapEntries()).entries, Number(match[1]))
  if (!xml) return new Response('No such sitemap. The list of sitemaps is at /sitemap.xml.', { status: 404 })
  return xmlResponse(xml)
}
