import { describe, expect, it } from '@jest/globals'
import { searchSummary } from '@/lib/search/search-text'

describe('searchSummary', () => {
  it('says when nothing matches', () => {
    expect(searchSummary('cobol', 0, false)).toBe('No guides match “cobol”.')
  })

  it('counts the matches when the page shows them all', () => {
    expect(searchSummary('kubernetes', 1, false)).toBe('1 guide matches “kubernetes”.')
    expect(searchSummary('kubernetes', 7, false)).toBe('7 guides match “kubernetes”.')
  })

  it('does not pass the shown results off as all the matches when there are more', () => {
    const summary = searchSummary('engineer', 20, true)
    expect(summary).toBe(
      'More than 20 guides match “engineer”; here are the 20 that match best. More words narrow the search.',
    )
    expect(summary).not.toMatch(/^20 guides match/)
  })
})
