import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { GuideBlocks, headingIds } from '@/components/guide/GuideBlocks'
import type { GuideBlock } from '@/blocks/types'
import { richText } from '@/tests/support/data'

const technology = (id: number, name: string, slug: string, abbreviation?: string) =>
  ({ id, name, slug, abbreviation, category: 'cloud-platform', updatedAt: '', createdAt: '' }) as const

const blocks: GuideBlock[] = [
  {
    blockType: 'section',
    heading: 'What is a Back-End Developer?',
    headingLevel: '2',
    content: richText([
      { type: 'paragraph', text: 'A Back-End Developer builds servers.' },
      { type: 'list', ordered: false, items: ['APIs', 'Databases'] },
    ]),
  },
  {
    blockType: 'technologyGroup',
    heading: 'Cloud Computing',
    headingLevel: '3',
    category: 'cloud-platform',
    intro: 'Cloud platforms are standard.\n\nPopular cloud services include:',
    technologies: [technology(1, 'Amazon Web Services', 'amazon-web-services', 'AWS'), technology(4, 'Go', 'go'), 2],
    outro: 'Knowledge of cloud deployment helps.',
  },
  {
    blockType: 'skillList',
    heading: 'Soft Skills',
    headingLevel: '2',
    skills: [{ id: 3, name: 'Communication', slug: 'communication', kind: 'soft', updatedAt: '', createdAt: '' }],
  },
  {
    blockType: 'responsibilities',
    heading: 'Responsibilities',
    headingLevel: '2',
    items: [{ title: 'Security', description: 'Protect applications.' }],
  },
  {
    blockType: 'plainList',
    heading: 'Qualifications',
    headingLevel: '2',
    ordered: true,
    items: [{ text: 'Computer Science' }],
  },
  {
    blockType: 'careerPaths',
    heading: 'Career Opportunities',
    headingLevel: '2',
    items: [
      {
        title: 'Cloud Engineer',
        guide: {
          id: 9,
          title: 'Cloud Engineer guide',
          slug: 'cloud-engineer',
          role: 'Cloud Engineer',
          updatedAt: '',
          createdAt: '',
        },
      },
      { title: 'Technical Lead', guide: null },
    ],
  },
  {
    blockType: 'salary',
    heading: 'Salary',
    headingLevel: '2',
    rows: [
      { region: 'United States', currency: 'USD', min: 85000, max: 140000, period: 'year', source: 'BLS', year: 2026 },
      { region: 'India', currency: 'INR', min: 600000, max: 2000000, period: 'year' },
      { region: 'Germany', currency: 'EUR', min: 45000, max: 70000, period: 'year' },
    ],
  },
  {
    blockType: 'roadmap',
    heading: 'Roadmap',
    headingLevel: '2',
    steps: [{ title: 'Learn a language', description: 'Start with Python.' }],
  },
  {
    blockType: 'faq',
    heading: 'FAQ',
    headingLevel: '2',
    items: [{ question: 'Is it hard?', answer: 'It takes practice.' }],
  },
] as GuideBlock[]

describe('GuideBlocks', () => {
  it('gives every block a heading at its level, labelling its section', () => {
    render(<GuideBlocks blocks={blocks} />)
    expect(screen.getByRole('heading', { level: 2, name: 'What is a Back-End Developer?' })).toHaveAttribute(
      'id',
      'what-is-a-back-end-developer',
    )
    expect(screen.getByRole('heading', { level: 3, name: 'Cloud Computing' })).toBeInTheDocument()
    expect(screen.getAllByRole('region')).toHaveLength(blocks.length)
    expect(screen.getByRole('region', { name: 'Soft Skills' })).toBeInTheDocument()
  })

  it('renders rich text paragraphs and lists', () => {
    render(<GuideBlocks blocks={blocks.slice(0, 1)} />)
    expect(screen.getByText('A Back-End Developer builds servers.').tagName).toBe('P')
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['APIs', 'Databases'])
  })

  it('links technologies and skills to their pages and keeps the prose around them', () => {
    render(<GuideBlocks blocks={blocks} />)
    expect(screen.getByRole('link', { name: 'Amazon Web Services (AWS)' })).toHaveAttribute(
      'href',
      '/technologies/amazon-web-services',
    )
    expect(screen.getByRole('link', { name: 'Communication' })).toHaveAttribute('href', '/skills/communication')
    // "Go" alone reads as a command: its link also names its kind, for screen readers only.
    expect(screen.getByRole('link', { name: 'Go (cloud platform)' })).toHaveAttribute('href', '/technologies/go')
    expect(screen.getByText('(cloud platform)')).toHaveClass('visually-hidden')
    expect(screen.getByText('Cloud platforms are standard.')).toBeInTheDocument()
    expect(screen.getByText('Popular cloud services include:')).toBeInTheDocument()
    expect(screen.getByText('Knowledge of cloud deployment helps.')).toBeInTheDocument()
  })

  it('links career paths only when the site has a guide for them', () => {
    render(<GuideBlocks blocks={blocks} />)
    expect(screen.getByRole('link', { name: 'Cloud Engineer' })).toHaveAttribute('href', '/guides/cloud-engineer')
    expect(screen.getByText('Technical Lead').closest('a')).toBeNull()
  })

  it('shows responsibilities, FAQ as definition lists, the roadmap as numbered steps and salaries as a captioned table', () => {
    render(<GuideBlocks blocks={blocks} />)
    expect(screen.getByText('Security').tagName).toBe('DT')
    expect(screen.getByText('Protect applications.').tagName).toBe('DD')
    expect(screen.getByText('Is it hard?').tagName).toBe('DT')
    expect(screen.getByText('Learn a language').closest('ol')).not.toBeNull()
    expect(screen.getByText('Computer Science').closest('ol')).not.toBeNull()
    const table = screen.getByRole('table', { name: 'Salary' })
    expect(within(table).getByRole('rowheader', { name: 'United States' })).toBeInTheDocument()
    expect(within(table).getByText(/\$85,000 – \$140,000 per year/)).toBeInTheDocument()
    // Each country's amounts as its readers write them: lakhs in India, a point and a trailing € in Germany.
    expect(within(table).getByText(/₹6,00,000 – ₹20,00,000 per year/)).toBeInTheDocument()
    expect(within(table).getByText(/45\.000\s€ – 70\.000\s€ per year/)).toBeInTheDocument()
  })
})

describe('headingIds', () => {
  it('makes repeated headings unique', () => {
    const repeated = [blocks[2]!, blocks[2]!, blocks[2]!]
    expect(headingIds(repeated)).toEqual(['soft-skills', 'soft-skills-2', 'soft-skills-3'])
  })
})
