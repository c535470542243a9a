import { describe, expect, it } from '@jest/globals'
import { iconNames, technologyIcon } from '@/lib/content/technology-icons'

const titleOf = (name: string, abbreviation?: string) => technologyIcon({ name, abbreviation })?.title

describe('technologyIcon', () => {
  it('finds simple-icons’ logo by the technology’s name, as simple-icons makes its slugs', () => {
    expect(titleOf('PostgreSQL')).toBe('PostgreSQL')
    expect(titleOf('Node.js')).toBe('Node.js')
    expect(titleOf('Ruby on Rails')).toBe('Ruby on Rails')
    expect(titleOf('C++')).toBe('C++')
    const icon = technologyIcon({ name: 'Docker' })!
    expect(icon.path).toMatch(/^M[\d.\s-]/)
  })

  it('tries the name without its brackets or “.js”, its abbreviation and Apache’s prefix', () => {
    expect(titleOf('JavaScript (Node.js)')).toBe('JavaScript')
    expect(titleOf('Express.js')).toBe('Express')
    expect(titleOf('Cassandra')).toBe('Apache Cassandra')
    expect(titleOf('Google Kubernetes', 'Kubernetes')).toBe('Kubernetes')
    expect(iconNames({ name: 'Amazon Web Services (AWS)', abbreviation: 'AWS' })).toEqual([
      'Amazon Web Services (AWS)',
      'Amazon Web Services',
      'AWS',
      'Apache Amazon Web Services',
    ])
  })

  it('has none for what simple-icons has no logo of, and never a lookalike’s', () => {
    expect(technologyIcon({ name: 'Amazon Web Services', abbreviation: 'AWS' })).toBeUndefined()
    expect(technologyIcon({ name: 'REST APIs' })).toBeUndefined()
    expect(technologyIcon({ name: 'Authentication' })).toBeUndefined()
    // "C#" is not C: titleToSlug alone drops the "#".
    expect(technologyIcon({ name: 'C#' })).toBeUndefined()
    expect(titleOf('F#')).toBe('F#')
  })
})
