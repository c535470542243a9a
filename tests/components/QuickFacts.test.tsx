import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { QuickFacts } from '@/components/guide/QuickFacts'
import type { Skill, Technology } from '@/payload-types'

const stamp = { updatedAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' }
const technology = (id: number, name: string): Technology => ({
  id,
  name,
  slug: name.toLowerCase(),
  category: 'programming-language',
  ...stamp,
})
const skill = (id: number, name: string, kind: Skill['kind']): Skill => ({
  id,
  name,
  slug: name.toLowerCase(),
  kind,
  ...stamp,
})

describe('QuickFacts', () => {
  it('lists each fact with its label and source, and links the top technologies and technical skills', () => {
    render(
      <QuickFacts
        guide={{
          role: 'Data Engineer',
          quickFacts: {
            medianPay: { amount: 131450, currency: 'USD', period: 'year', source: 'US BLS, May 2024', year: 2024 },
            entryEducation: 'Bachelor’s degree',
            outlook: { growthPercent: 15, fromYear: 2024, toYear: 2034, source: 'US BLS' },
          },
          technologies: [technology(1, 'Python'), technology(2, 'SQL')],
          skills: [skill(3, 'Data modelling', 'technical'), skill(4, 'Communication', 'soft')],
        }}
      />,
    )
    const box = screen.getByRole('region', { name: 'Quick facts: Data Engineer' })
    const facts = [...box.querySelectorAll('.quick-facts__item')].map((item) => [
      item.querySelector('dt')!.textContent,
      item.querySelector('dd')!.textContent,
    ])
    expect(facts).toEqual([
      ['Median pay', '$131,450 per yearSource: US BLS, May 2024'],
      ['Typical entry-level education', 'Bachelor’s degree'],
      ['Job outlook, 2024–34', '+15% growth in jobsSource: US BLS'],
      ['Top technologies', 'PythonSQL (programming language)'],
      ['Key skills', 'Data modelling'],
    ])
    expect(within(box).getByRole('link', { name: 'Python' }).getAttribute('href')).toBe('/technologies/python')
    expect(within(box).queryByRole('link', { name: 'Communication' })).toBeNull()
  })

  it('renders nothing for a guide with no facts, technologies or skills', () => {
    const { container } = render(<QuickFacts guide={{ role: 'Nurse', quickFacts: {}, technologies: [], skills: [] }} />)
    expect(container.innerHTML).toBe('')
  })
})
