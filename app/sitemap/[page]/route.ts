import { numberedSitemap } from '@/lib/seo/sitemap-response'

/** /sitemap/<n>.xml: one of the numbered sitemaps the index at /sitemap.xml lists. */
export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const match = /^(\d{1,6})\.xml$/.exec((await params).page)
  const response = match && (await numberedSitemap(Number(match[1])))
  return response || new Response('No such sitemap. The list of sitemaps is at /sitemap.xml.', { status: 404 })
}
