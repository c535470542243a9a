import { describe, expect, it } from '@jest/globals'
import { comparisonFileEntries, pageRobots, robotsTxt, sitemapEntries } from '@/lib/seo/crawling'

const site = { siteUrl: 'https://careerpath.example', indexing: 'on' as const }

describe('robotsTxt', () => {
  it('allows the public site, keeps crawlers out of the admin and API, and names the sitemap', () => {
    expect(robotsTxt(site)).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
      sitemap: 'https://careerpath.example/sitemap.xml',
    })
  })
  it('disallows everything on a staging site (SITE_INDEXING=off)', () => {
    expect(robotsTxt({ ...site, indexing: 'off' })).toEqual({ rules: { userAgent: '*', disallow: '/' } })
  })
})

describe('pageRobots', () => {
  it('says noindex for noindex guides and for every page of a staging site', () => {
    expect(pageRobots('on')).toBeUndefined()
    expect(pageRobots('on', true)).toEqual({ index: false, follow: true })
    expect(pageRobots('off')).toEqual({ index: false, follow: true })
  })
})

describe('sitemapEntries', () => {
  it('lists the home page, guides, technologies, skills and author profiles with absolute URLs and dates', () => {
    const entries = sitemapEntries(site, {
      guides: [
        { slug: 'a', updatedAt: '2026-01-02T00:00:00.000Z' },
        { slug: 'b', updatedAt: '2026-03-04T00:00:00.000Z', canonicalUrl: 'https://careerpath.example/guides/b' },
        {
          slug: 'syndicated',
          updatedAt: '2026-05-06T00:00:00.000Z',
          canonicalUrl: 'https://elsewhere.example/original',
        },
      ],
      technologies: [{ slug: 'postgresql', updatedAt: '2026-01-01T00:00:00.000Z' }],
      skills: [{ slug: 'communication', updatedAt: '2026-01-01T00:00:00.000Z' }],
      people: [{ slug: 'asha-rao', updatedAt: '2026-01-03T00:00:00.000Z' }],
    })
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://careerpath.example/',
      'https://careerpath.example/guides',
      'https://careerpath.example/technologies',
      'https://careerpath.example/guides/a',
      'https://careerpath.example/guides/b',
      'https://careerpath.example/technologies/postgresql',
      'https://careerpath.example/skills/communication',
      'https://careerpath.example/authors/asha-rao',
    ])
    expect(entries.at(-1)!.lastModified).toBe('2026-01-03T00:00:00.000Z')
    expect(entries[0]!.lastModified).toBe('2026-05-06T00:00:00.000Z')
    expect(entries[3]!.lastModified).toBe('2026-01-02T00:00:00.000Z')
  })

  it('gives every URL a lastmod: list pages the latest change of what they list', () => {
    const entries = sitemapEntries(site, {
      guides: [{ slug: 'a', updatedAt: '2026-01-02T00:00:00.000Z' }],
      technologies: [{ slug: 'postgresql', updatedAt: '2026-02-01T00:00:00.000Z' }],
      skills: [{ slug: 'communication', updatedAt: '2026-01-01T00:00:00.000Z' }],
      people: [{ slug: 'asha-rao', updatedAt: '2026-01-03T00:00:00.000Z' }],
      technologiesUpdatedAt: '2026-03-01T00:00:00.000Z', // a thin technology, listed on /technologies though not in the sitemap
    })
    expect(entries.filter((entry) => !entry.lastModified)).toEqual([])
    expect(entries.find((entry) => entry.url === 'https://careerpath.example/technologies')!.lastModified).toBe(
      '2026-03-01T00:00:00.000Z',
    )
    expect(entries.find((entry) => entry.url === 'https://careerpath.example/guides')!.lastModified).toBe(
      '2026-01-02T00:00:00.000Z',
    )
  })

  it('dates the list pages of a site without guides by its newest content', () => {
    const entries = sitemapEntries(site, {
      guides: [],
      technologies: [{ slug: 'postgresql', updatedAt: '2026-02-01T00:00:00.000Z' }],
      skills: [],
      people: [],
    })
    expect(entries.map((entry) => entry.lastModified)).toEqual([
      '2026-02-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ])
  })
})

describe('comparisonFileEntries', () => {
  const dates = { guides: '2026-11-30T00:00:00.000Z', technologies: '2026-11-01T00:00:00.000Z' }
  it('lists the comparison pages of the file', () => {
    const entries = comparisonFileEntries(
      'https://site.test',
      [{ path: '/compare/a-vs-b', updatedAt: '2026-10-01T00:00:00.000Z' }],
      dates,
    )
    expect(entries.map((entry) => entry.url)).toEqual(['https://site.test/compare/a-vs-b'])
  })

  it('lists the guide list page when the range has no comparison, so that the file still has a <url>', () => {
    const entries = comparisonFileEntries('https://site.test', [], dates)
    expect(entries).toEqual([expect.objectContaining({ url: 'https://site.test/guides', lastModified: dates.guides })])
  })
})
