import { describe, expect, it } from '@jest/globals'
import { rssFeed } from '@/lib/seo/feed'

describe('rssFeed', () => {
  const xml = rssFeed({ siteUrl: 'https://careerpath.example', siteName: 'Careerpath' }, [
    {
      title: 'C# & .NET Developer <Guide>',
      slug: 'c-sharp',
      excerpt: 'Builds "apps".',
      publishedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-03T00:00:00.000Z',
    },
    { title: 'Tester', slug: 'tester', updatedAt: '2026-01-01T00:00:00.000Z' },
  ])

  it('is RSS 2.0 with a self link and one item per guide', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
    expect(xml).toContain(
      '<atom:link href="https://careerpath.example/feed.xml" rel="self" type="application/rss+xml"/>',
    )
    expect(xml.match(/<item>/g)).toHaveLength(2)
    expect(xml).toContain('<link>https://careerpath.example/guides/c-sharp</link>')
    expect(xml).toContain('<pubDate>Fri, 02 Jan 2026 03:04:05 GMT</pubDate>')
    expect(xml).toContain('<lastBuildDate>Sat, 03 Jan 2026 00:00:00 GMT</lastBuildDate>')
  })

  it('escapes text so titles can never break the XML', () => {
    expect(xml).toContain('<title>C# &amp; .NET Developer &lt;Guide&gt;</title>')
    expect(xml).toContain('<description>Builds &quot;apps&quot;.</description>')
  })

  it('drops characters XML cannot hold at all (controls, U+FFFE, lone surrogates), which made feed readers reject the feed', () => {
    const feed = rssFeed({ siteUrl: 'https://careerpath.example', siteName: 'Careerpath' }, [
      {
        title: 'Con\u0001trol\u000b\u001f\ufffe\ud800 title \u{1f600}',
        slug: 'control',
        excerpt: 'Tab\tand\nline',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ])
    expect(feed).toContain('<title>Control title \u{1f600}</title>')
    expect(feed).toContain('<description>Tab\tand\nline</description>')
    expect(feed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/)
  })
})
