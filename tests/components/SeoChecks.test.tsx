import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { SeoChecks } from '@/components/admin/SeoChecks'
import { analyseGuide } from '@/lib/seo/analysis'

describe('SeoChecks', () => {
  const analysis = analyseGuide({
    title: 'Data Engineer: Complete Career Guide',
    slug: 'data-engineer',
    metaTitle: 'Data Engineer Career Guide 2026: Skills and Tools',
    metaDescription: 'Short.',
    focusKeyword: 'data engineer',
    content: [],
  })

  it('shows the search-result preview, the score and every check, problems first', () => {
    render(
      <SeoChecks
        analysis={analysis}
        snippet={{
          title: 'Data Engineer Career Guide 2026: Skills and Tools',
          url: 'https://careerpath.example/guides/data-engineer',
          description: 'Short.',
        }}
      />,
    )
    const region = screen.getByRole('region', { name: 'SEO analysis' })
    const preview = within(region).getByRole('figure', { name: 'Search result preview' })
    expect(preview).toHaveTextContent('https://careerpath.example/guides/data-engineer')
    expect(preview).toHaveTextContent('Data Engineer Career Guide 2026: Skills and Tools')
    expect(within(region).getByText(String(analysis.score))).toBeInTheDocument()
    const items = within(region).getAllByRole('listitem')
    expect(items).toHaveLength(analysis.checks.length)
    expect(items[0]).toHaveTextContent(/^Problem:/)
    expect(items.at(-1)).toHaveTextContent(/^Good:/)
    expect(within(region).getByText(/The meta description is 6 characters/)).toBeInTheDocument()
  })

  it('says when there is no title or description yet', () => {
    render(<SeoChecks analysis={analysis} snippet={{ title: '', url: '/guides/', description: '' }} />)
    expect(screen.getByText('No SEO title yet')).toBeInTheDocument()
    expect(screen.getByText('No meta description yet')).toBeInTheDocument()
  })
})
