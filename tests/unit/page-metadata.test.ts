import { describe, expect, it } from '@jest/globals'
import type { Guide } from '@/payload-types'
import { guideImageUrl, pageMetadata, socialCardPath } from '@/lib/seo/page-metadata'

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
})
