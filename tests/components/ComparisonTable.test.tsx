import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { ComparedTaxonomy } from '@/components/compare/ComparedTaxonomy'
import { ComparisonTable } from '@/components/compare/ComparisonTable'
import { SkillChip } from '@/components/taxonomy/Chips'

describe('ComparisonTable', () => {
  it('is a captioned table with a column per guide and a row header per fact, sources beside figures', () => {
    render(
      <ComparisonTable
        caption="Quick facts: Back-End Developer vs Data Engineer"
        columns={['Back-End Developer', 'Data Engineer']}
        rowHeading="Fact"
        rows={[
          { label: 'Median pay', a: null, b: { value: '$125,000 per year', source: 'US BLS, 2025' } },
          { label: 'Work experience needed', a: { value: 'None' }, b: { value: '2–5 years' } },
        ]}
      />,
    )
    const table = screen.getByRole('table', { name: 'Quick facts: Back-End Developer vs Data Engineer' })
    const columns = within(table).getAllByRole('columnheader')
    expect(columns.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Fact', 'col'],
      ['Back-End Developer', 'col'],
      ['Data Engineer', 'col'],
    ])
    const pay = within(table).getByRole('rowheader', { name: 'Median pay' })
    expect(pay).toHaveAttribute('scope', 'row')
    const cells = within(pay.closest('tr')!).getAllByRole('cell')
    expect(cells.map((td) => td.textContent)).toEqual(['Not given', '$125,000 per yearSource: US BLS, 2025'])
    // Scrolls on its own on a phone, and can be scrolled by keyboard.
    expect(screen.getByRole('region', { name: 'Quick facts: Back-End Developer vs Data Engineer' })).toHaveAttribute(
      'tabindex',
      '0',
    )
  })
})

describe('ComparedTaxonomy', () => {
  it('lists what both need, then what only each needs, as chips linking to their pages', () => {
    const skill = (id: number, name: string) => ({ id, name, slug: name.toLowerCase() })
    render(
      <ComparedTaxonomy
        id="skills"
        heading="Skills"
        names={['Back-End Developer', 'Data Engineer']}
        a={[skill(1, 'Communication'), skill(2, 'Debugging')]}
        b={[skill(1, 'Communication')]}
        render={(item) => <SkillChip skill={item} />}
      />,
    )
    const section = screen.getByRole('region', { name: 'Skills' })
    const headings = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(headings).toEqual(['Both (1)', 'Only Back-End Developer (1)', 'Only Data Engineer (0)'])
    expect(within(section).getByRole('link', { name: 'Debugging' })).toHaveAttribute('href', '/skills/debugging')
    expect(
      within(section)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Communication', 'Debugging'])
    expect(within(section).getByText('None')).toBeInTheDocument()
  })
})
