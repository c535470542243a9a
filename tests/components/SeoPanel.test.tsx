import { describe, expect, it, jest } from '@jest/globals'
import { render, screen } from '@testing-library/react'

/** The edit form's fields as Payload's form state holds them (flat paths), for the panel to read. */
let formFields: Record<string, { value: unknown; disableFormData?: boolean }> = {}
jest.unstable_mockModule('@payloadcms/ui', () => ({
  useAllFormFields: () => [formFields],
  useDocumentInfo: () => ({ id: 1 }),
  useConfig: () => ({ config: { serverURL: 'https://careerpath.example' } }),
}))
const { SeoPanel } = await import('@/components/admin/SeoPanel')

const item = (id: string) => document.querySelector(`[data-check="${id}"]`)

describe('SeoPanel', () => {
  it('judges the sources and freshness of the figures in the form, as the editor holds them', () => {
    formFields = {
      title: { value: 'Data Engineer: Complete Career Guide (2025)' },
      slug: { value: 'data-engineer' },
      reviewer: { value: null },
      lastReviewedAt: { value: null },
      'quickFacts.medianPay.amount': { value: 120000 },
      'quickFacts.medianPay.year': { value: 2021 },
      content: { value: 1, disableFormData: true },
      'content.0.blockType': { value: 'salary' },
      'content.0.heading': { value: 'Salary' },
      'content.0.rows': { value: 1, disableFormData: true },
      'content.0.rows.0.region': { value: 'India' },
      'content.0.rows.0.min': { value: 600000 },
      'content.0.rows.0.year': { value: 2025 },
    }
    render(<SeoPanel />)
    expect(screen.getByRole('region', { name: 'SEO analysis' })).toBeInTheDocument()
    expect(item('figure-sources')).toHaveTextContent(
      'Problem: Median pay has no source. Salary row “India” has no source.',
    )
    expect(item('last-reviewed')).toHaveTextContent(/^Improve: The facts have never been reviewed/)
    expect(item('reviewer')).toHaveTextContent('Improve: No reviewer')
    expect(item('title-year')).toHaveTextContent('Improve: The title names 2025')
    expect(item('figure-age')).toHaveTextContent('Improve: Median pay (2021) is older than')
  })
})
