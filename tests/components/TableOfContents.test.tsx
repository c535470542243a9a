import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { TableOfContents } from '@/components/guide/TableOfContents'
import { tableOfContents } from '@/lib/content/reading'

describe('TableOfContents', () => {
  it('numbers the sections 1…n and lists each section’s sub-sections inside it', () => {
    const blocks = [
      { heading: 'What is a back-end developer?', headingLevel: '2' },
      { heading: 'Essential technical skills', headingLevel: '2' },
      { heading: 'Programming languages', headingLevel: '3' },
      { heading: 'Databases', headingLevel: '3' },
      { heading: 'Salary', headingLevel: '2' },
    ]
    render(
      <TableOfContents entries={tableOfContents(blocks, ['what', 'skills', 'languages', 'databases', 'salary'])} />,
    )
    const outer = screen.getByRole('navigation').querySelector('details > ol')!
    const sections = [...outer.children].filter((child) => child.tagName === 'LI')
    expect(sections.map((li) => li.querySelector('a')!.textContent)).toEqual([
      'What is a back-end developer?',
      'Essential technical skills',
      'Salary',
    ])
    const nested = within(sections[1] as HTMLElement).getByRole('list')
    expect(
      within(nested)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#languages', '#databases'])
  })
})
