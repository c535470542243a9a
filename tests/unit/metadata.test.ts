import { describe, expect, it } from '@jest/globals'
import type { Guide, Skill, Technology } from '@/payload-types'
import type { TaxonomyPageData } from '@/lib/data/taxonomy'
import {
  guideImageUrl,
  guideOwnImage,
  guideListMetadata,
  guideMetadata,
  notFoundMetadata,
  pageMetadata,
  searchMetadata,
  socialCardPath,
  taxonomyMetadata,
} from '@/lib/seo/metadata'

describe('pageMetadata', () => {
  const metadata = pageMetadata({
    title: 'PostgreSQL · Careers that use it',
    description: 'Guides for roles that use PostgreSQL.',
    canonical: '/technologies/postgresql',
  })

  it('gives the page its title, description and canonical, keeping the feed link', () => {
    expect(metadata).toMatchObject({
      title: 'PostgreSQL · Careers that use it',
      description: 'Guides for roles that use PostgreSQL.',
    })
    expect(metadata.alternates).toMatchObject({
      canonical: '/technologies/postgresql',
      types: { 'application/rss+xml': [{ url: '/feed.xml' }] },
    })
  })

  it('gives Open Graph its url (the canonical), site name, locale and type, and a large Twitter card', () => {
    expect(metadata.openGraph).toEqual({
      type: 'website',
      title: 'PostgreSQL · Careers that use it',
      description: 'Guides for roles that use PostgreSQL.',
      url: metadata.alternates!.canonical,
      siteName: 'Careerpath',
      locale: 'en_US',
    })
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      title: 'PostgreSQL · Careers that use it',
      description: 'Guides for roles that use PostgreSQL.',
    })
  })

  it('leaves the image to the page’s generated card unless it has one of its own', () => {
    expect(metadata.openGraph).not.toHaveProperty('images')
    const own = pageMetadata({
      title: 'T',
      canonical: '/guides/t',
      type: 'article',
      image: { url: '/media/t.png', alt: 'T', width: 1200, height: 630 },
      publishedTime: '2026-01-01',
      modifiedTime: '2026-02-01',
    })
    expect(own.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-01',
      modifiedTime: '2026-02-01',
      images: [{ url: '/media/t.png', alt: 'T', width: 1200, height: 630 }],
    })
    expect(own.twitter).toMatchObject({ images: [{ url: '/media/t.png' }] })
  })

  it('keeps the layout’s robots unless the page has its own', () => {
    expect(metadata).not.toHaveProperty('robots')
    expect(
      pageMetadata({ title: 'T', canonical: '/guides?skill=sql', robots: { index: false, follow: true } }).robots,
    ).toEqual({ index: false, follow: true })
  })
})

describe('guideImageUrl', () => {
  const guide = { slug: 'data-analyst', meta: {} } as unknown as Guide
  it('is the guide’s own image or its generated card, absolute', () => {
    // Next's name for the card route under the (frontend) group: opengraph-image and a hash of the folder.
    expect(socialCardPath('/(frontend)/guides/[slug]', { slug: 'data-analyst' })).toMatch(
      /^\/guides\/data-analyst\/opengraph-image-[0-9a-z]{1,6}$/,
    )
    expect(socialCardPath('/(frontend)/(home)')).toMatch(/^\/opengraph-image-[0-9a-z]{1,6}$/)
    expect(guideImageUrl(guide, 'https://careerpath.example')).toBe(
      `https://careerpath.example${socialCardPath('/(frontend)/guides/[slug]', { slug: 'data-analyst' })}`,
    )
    expect(
      guideImageUrl(
        { ...guide, meta: { image: { id: 1, url: '/api/media/file/card.png' } } } as unknown as Guide,
        'https://careerpath.example',
      ),
    ).toBe('https://careerpath.example/api/media/file/card.png')
  })

  it('falls back to the featured image, in its 1200×630 card size when Media made one', () => {
    const featuredImage = {
      id: 2,
      alt: 'An analyst at work',
      url: '/api/media/file/analyst.png',
      width: 2400,
      height: 1600,
      sizes: { card: { url: '/api/media/file/analyst-1200x630.png', width: 1200, height: 630 } },
    }
    const withFeatured = { ...guide, featuredImage } as unknown as Guide
    expect(guideOwnImage(withFeatured)).toEqual({
      url: '/api/media/file/analyst-1200x630.png',
      alt: 'An analyst at work',
      width: 1200,
      height: 630,
    })
    expect(
      guideOwnImage({ ...withFeatured, featuredImage: { ...featuredImage, sizes: {} } } as unknown as Guide),
    ).toEqual({ url: '/api/media/file/analyst.png', alt: 'An analyst at work', width: 2400, height: 1600 })
    // The SEO tab's image wins over the featured one.
    expect(
      guideImageUrl(
        { ...withFeatured, meta: { image: { id: 1, url: '/api/media/file/seo.png' } } } as unknown as Guide,
        'https://careerpath.example',
      ),
    ).toBe('https://careerpath.example/api/media/file/seo.png')
  })
})

describe('guideMetadata', () => {
  const guide = {
    id: 7,
    title: 'Data Analyst: Complete Career Guide',
    role: 'Data Analyst',
    slug: 'data-analyst',
    excerpt: 'What a data analyst does.',
    publishedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    meta: { focusKeyword: 'data analyst', secondaryKeywords: ['sql'] },
  } as unknown as Guide
  const on = { indexing: 'on' as const }

  it('is an article under the guide’s path, its excerpt the description, og:url the canonical', () => {
    const metadata = guideMetadata(guide, on)
    expect(metadata).toMatchObject({
      title: 'Data Analyst: Complete Career Guide',
      description: 'What a data analyst does.',
      keywords: ['data analyst', 'sql'],
      alternates: { canonical: '/guides/data-analyst' },
      openGraph: {
        type: 'article',
        url: '/guides/data-analyst',
        title: 'Data Analyst: Complete Career Guide',
        publishedTime: '2026-01-01T00:00:00.000Z',
        modifiedTime: '2026-02-01T00:00:00.000Z',
      },
      twitter: { card: 'summary_large_image', title: 'Data Analyst: Complete Career Guide' },
    })
    expect(metadata).not.toHaveProperty('robots')
  })

  it('takes the SEO fields before the guide’s own, the canonical for og:url too', () => {
    const metadata = guideMetadata(
      {
        ...guide,
        meta: {
          title: 'Become a data analyst',
          description: 'SEO description',
          canonicalUrl: 'https://elsewhere.example/data-analyst',
        },
      } as Guide,
      on,
    )
    expect(metadata).toMatchObject({
      title: 'Become a data analyst',
      description: 'SEO description',
      alternates: { canonical: 'https://elsewhere.example/data-analyst' },
      openGraph: { url: 'https://elsewhere.example/data-analyst', description: 'SEO description' },
      twitter: { title: 'Become a data analyst', description: 'SEO description' },
    })
  })

  it('says noindex for a noindex guide, a preview and a staging site', () => {
    const noindex = { index: false, follow: true }
    expect(guideMetadata({ ...guide, meta: { noindex: true } } as Guide, on).robots).toEqual(noindex)
    expect(guideMetadata(guide, { ...on, previewing: true }).robots).toEqual(noindex)
    expect(guideMetadata(guide, { indexing: 'off' }).robots).toEqual(noindex)
  })

  it('keeps a missing guide out of indexes', () => {
    expect(guideMetadata(null, on)).toEqual({ title: 'Guide not found', robots: { index: false } })
    expect(notFoundMetadata('Page')).toEqual({ title: 'Page not found', robots: { index: false } })
  })
})

describe('taxonomyMetadata', () => {
  const guides = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: i,
      title: `G${i}`,
      slug: `g${i}`,
    })) as TaxonomyPageData<'skills'>['guides']
  const technology = (description: string | null, n: number) => ({
    doc: { id: 1, name: 'PostgreSQL', slug: 'postgresql', description } as Technology,
    guides: guides(n),
    more: false,
  })
  const skill = (description: string | null, n: number) => ({
    doc: { id: 2, name: 'SQL', slug: 'sql', kind: 'technical', description } as Skill,
    guides: guides(n),
    more: false,
  })

  it('names what careers do with it, under its own path, with a description to fall back on', () => {
    expect(taxonomyMetadata('technologies', technology(null, 2), 'on')).toMatchObject({
      title: 'PostgreSQL · Careers that use it',
      description: 'Career guides for roles that use PostgreSQL.',
      alternates: { canonical: '/technologies/postgresql' },
      openGraph: { type: 'website', url: '/technologies/postgresql', title: 'PostgreSQL · Careers that use it' },
      twitter: { card: 'summary_large_image', title: 'PostgreSQL · Careers that use it' },
    })
    expect(taxonomyMetadata('skills', skill('Querying data.', 0), 'on')).toMatchObject({
      title: 'SQL · Careers that need it',
      description: 'Querying data.',
      alternates: { canonical: '/skills/sql' },
      openGraph: { url: '/skills/sql' },
    })
  })

  it('says noindex for a thin page (no description, fewer than two guides) and on a staging site', () => {
    const noindex = { index: false, follow: true }
    expect(taxonomyMetadata('technologies', technology(null, 2), 'on')).not.toHaveProperty('robots')
    expect(taxonomyMetadata('skills', skill('Querying data.', 0), 'on')).not.toHaveProperty('robots')
    expect(taxonomyMetadata('technologies', technology(null, 1), 'on').robots).toEqual(noindex)
    expect(taxonomyMetadata('skills', skill(null, 1), 'on').robots).toEqual(noindex)
    expect(taxonomyMetadata('skills', skill('Querying data.', 5), 'off').robots).toEqual(noindex)
  })

  it('keeps a missing technology or skill out of indexes', () => {
    expect(taxonomyMetadata('technologies', null, 'on')).toEqual({
      title: 'Technology not found',
      robots: { index: false },
    })
    expect(taxonomyMetadata('skills', null, 'on')).toEqual({ title: 'Skill not found', robots: { index: false } })
  })
})

describe('guideListMetadata', () => {
  it('numbers later pages and gives each its own canonical', () => {
    expect(guideListMetadata(1, {})).toMatchObject({
      title: 'All career guides',
      alternates: { canonical: '/guides' },
      openGraph: { url: '/guides' },
    })
    expect(guideListMetadata(3, {})).toMatchObject({
      title: 'All career guides · Page 3',
      alternates: { canonical: '/guides?page=3' },
      openGraph: { url: '/guides?page=3' },
    })
    expect(guideListMetadata(1, {})).not.toHaveProperty('robots')
  })

  it('says noindex, follow for a filtered list', () => {
    expect(guideListMetadata(1, { skill: 'sql' })).toMatchObject({
      alternates: { canonical: '/guides?skill=sql' },
      robots: { index: false, follow: true },
    })
  })
})

describe('searchMetadata', () => {
  it('names the query, says noindex, follow, and gives no link preview', () => {
    const metadata = searchMetadata('sql')
    expect(metadata).toMatchObject({
      title: 'Search: sql',
      robots: { index: false, follow: true },
      alternates: { canonical: '/search' },
    })
    expect(metadata).not.toHaveProperty('openGraph')
    expect(searchMetadata('').title).toBe('Search career guides')
  })
})
