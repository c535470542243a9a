import { rootSitemap } from '@/lib/seo/sitemap-response'

// Written here rather than with Next's sitemap.ts and generateSitemaps: Next serves no index for the
// files generateSitemaps splits, and it asks for their number at build time, where ours depends on
// the database at request time (and the build never reads the database).
export async function GET() {
  return rootSitemap()
}
