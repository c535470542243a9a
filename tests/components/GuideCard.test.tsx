import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { GuideCard } from '@/components/guide/GuideCard'
import type { Media } from '@/payload-types'

const image: Media = {
  id: 7,
  alt: 'A developer at a desk with two monitors',
  url: '/api/media/file/desk.png',
  width: 2400,
  height: 1600,
  sizes: { card: { url: '/api/media/file/desk-1200x630.png', width: 1200, height: 630 } },
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
}
const guide = {
  id: 1,
  title: 'Data Engineer: Career Guide (2026)',
  role: 'Data Engineer',
  slug: 'data-engineer',
  excerpt: 'Pipelines.',
  publishedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
}

describe('GuideCard', () => {
  it('shows the featured image’s card crop, its alt text on the featured card only', () => {
    const { container, rerender } = render(<GuideCard guide={{ ...guide, featuredImage: image }} featured />)
    const featured = screen.getByRole('img', { name: image.alt })
    expect(featured.getAttribute('src')).toContain('desk-1200x630.png')
    expect(featured.getAttribute('width')).toBe('1200')
    rerender(<GuideCard guide={{ ...guide, featuredImage: image }} />)
    // Beside the linked title the picture is decoration: no second name for the same card.
    expect(screen.queryByRole('img', { name: image.alt })).toBeNull()
    expect(container.querySelector('img.card__image')?.getAttribute('alt')).toBe('')
  })

  it('has no image when the guide has none, or only its id was read', () => {
    const { container, rerender } = render(<GuideCard guide={guide} />)
    expect(container.querySelector('img')).toBeNull()
    rerender(<GuideCard guide={{ ...guide, featuredImage: 7 }} />)
    expect(container.querySelector('img')).toBeNull()
  })
})
