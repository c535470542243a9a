import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { Byline } from '@/components/guide/Byline'
import type { Person } from '@/payload-types'

const person = (id: number, name: string, slug: string, credentials?: string): Person => ({
  id,
  name,
  slug,
  credentials,
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
})
const asha = person(1, 'Asha Rao', 'asha-rao')
const ben = person(2, 'Ben Li', 'ben-li')
const kim = person(3, 'Kim Osei', 'kim-osei', 'PhD, AWS Certified Solutions Architect')

describe('Byline', () => {
  it('names the authors, the reviewer with their credentials and the review date, each name linked to its profile', () => {
    const { container } = render(
      <Byline guide={{ authors: [asha, ben], reviewer: kim, lastReviewedAt: '2026-11-20T12:00:00.000Z' }} />,
    )
    const line = container.querySelector('p.byline')!
    expect(line.textContent).toBe(
      'By Asha Rao, Ben Li · Reviewed by Kim Osei, PhD, AWS Certified Solutions Architect · Last reviewed November 20, 2026',
    )
    expect(screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Asha Rao', '/authors/asha-rao'],
      ['Ben Li', '/authors/ben-li'],
      ['Kim Osei', '/authors/kim-osei'],
    ])
    expect(line.querySelector('time')).toHaveAttribute('datetime', '2026-11-20T12:00:00.000Z')
  })

  it('leaves out the parts a guide does not have', () => {
    const { container, rerender } = render(<Byline guide={{ authors: [asha] }} />)
    expect(container.textContent).toBe('By Asha Rao')
    rerender(<Byline guide={{ authors: [], reviewer: kim }} />)
    expect(container.textContent).toBe('Reviewed by Kim Osei, PhD, AWS Certified Solutions Architect')
    rerender(<Byline guide={{ reviewer: person(4, 'No Credentials', 'no-credentials') }} />)
    expect(container.textContent).toBe('Reviewed by No Credentials')
  })

  it('renders nothing without authors, reviewer or review date, nor for unpopulated ids', () => {
    const { container, rerender } = render(<Byline guide={{}} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<Byline guide={{ authors: [1, 2], reviewer: 3 }} />)
    expect(container).toBeEmptyDOMElement()
  })
})
