import { withoutXmlInvalidCharacters } from './xml-text'

/** RSS 2.0 for the published guides, newest first. */
export interface FeedItem {
  title: string
  slug: string
  excerpt?: string | null
  publishedAt?: string | null
  updatedAt: string
}

const escapeXml = (text: string) =>
  withoutXmlInvalidCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

export function rssFeed({ siteUrl, siteName }: { siteUrl: string; siteName: string }, guides: FeedItem[]): string {
  const date = (iso: string) => new Date(iso).toUTCString()
  const items = guides.map((guide) => {
    const url = `${siteUrl}/guides/${guide.slug}`
    return [
      '    <item>',
      `      <title>${escapeXml(guide.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      guide.excerpt ? `      <description>${escapeXml(guide.excerpt)}</description>` : null,
      `      <pubDate>${date(guide.publishedAt ?? guide.updatedAt)}</pubDate>`,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  const newest = guides
    .map((guide) => guide.updatedAt)
    .sort()
    .at(-1)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(siteName)} career guides</title>`,
    `    <link>${escapeXml(siteUrl)}/</link>`,
    `    <description>New and updated career guides from ${escapeXml(siteName)}.</description>`,
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(siteUrl)}/feed.xml" rel="self" type="application/rss+xml"/>`,
    newest ? `    <lastBuildDate>${date(newest)}</lastBuildDate>` : null,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n')
}
