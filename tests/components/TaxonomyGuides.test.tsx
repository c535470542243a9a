import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { TaxonomyGuides } from '@/components/guide/TaxonomyGuides'
import type { GuideSummary } from '@/lib/data/guides'

const guide = (n: number): GuideSummary => ({
  id: n,
  title: `Guide ${n}`,
  role: `Role ${n}`,
  slug: `guide-${n}`,
  excerpt: null,
  publishedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
})

describe('TaxonomyGuides', () => {
  it('links to the filtered guide list when more guides name it than the page shows', () => {
    render(
      <TaxonomyGuides
        heading="Careers that use Go"
        name="Go"
        found={{ guides: [guide(1), guide(2)], more: true }}
        filter={{ technology: 'go' }}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Careers that use Go' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Guide 1', 'Guide 2'])
    expect(screen.getByRole('link', { name: 'All guides that mention Go' })).toHaveAttribute(
      'href',
      '/guides?technology=go',
    )
  })

  it('has no such link when the page shows them all, and says so when there is none', () => {
    const { rerender } = render(
      <TaxonomyGuides
        heading="Careers that need Empathy"
        name="Empathy"
        found={{ guides: [guide(1)], more: false }}
        filter={{ skill: 'empathy' }}
      />,
    )
    expect(screen.queryByRole('link', { name: /guides that mention/ })).toBeNull()
    rerender(
      <TaxonomyGuides
        heading="Careers that need Empathy"
        name="Empathy"
        found={{ guides: [], more: false }}
        filter={{ skill: 'empathy' }}
      />,
    )
    expect(screen.getByText('No published guide mentions Empathy yet.')).toBeInTheDocument()
  })
})
