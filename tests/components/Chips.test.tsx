import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { SkillChip, TechnologyChip } from '@/components/taxonomy/Chips'

describe('TechnologyChip', () => {
  it('shows the logo simple-icons has, hidden from screen readers, with the name as the link', () => {
    render(<TechnologyChip technology={{ name: 'PostgreSQL', slug: 'postgresql', category: 'relational-database' }} />)
    const link = screen.getByRole('link', { name: 'PostgreSQL' })
    expect(link).toHaveAttribute('href', '/technologies/postgresql')
    const icon = link.querySelector('svg')!
    expect(icon).toHaveAttribute('aria-hidden', 'true')
    expect(icon).toHaveAttribute('width', '16')
    expect(icon).toHaveAttribute('height', '16')
    expect(icon.querySelector('path')!.getAttribute('d')).toMatch(/^M/)
  })

  it('is text only for a technology simple-icons has no logo of', () => {
    render(
      <TechnologyChip
        technology={{
          name: 'Amazon Web Services',
          slug: 'amazon-web-services',
          abbreviation: 'AWS',
          category: 'cloud-platform',
        }}
      />,
    )
    const link = screen.getByRole('link', { name: 'Amazon Web Services (AWS)' })
    expect(link.querySelector('svg')).toBeNull()
  })

  it('names a short technology’s kind for screen readers', () => {
    render(<TechnologyChip technology={{ name: 'Go', slug: 'go', category: 'programming-language' }} />)
    expect(screen.getByRole('link', { name: 'Go (programming language)' })).toHaveAttribute('href', '/technologies/go')
  })
})

describe('SkillChip', () => {
  it('links to the skill’s page, without a logo', () => {
    render(<SkillChip skill={{ name: 'Communication', slug: 'communication' }} />)
    const link = screen.getByRole('link', { name: 'Communication' })
    expect(link).toHaveAttribute('href', '/skills/communication')
    expect(link.querySelector('svg')).toBeNull()
  })
})
