import { describe, expect, it } from '@jest/globals'
import { snippetAnchors } from '@/lib/search/search-text'

describe('snippetAnchors', () => {
  it('keeps the first letters of each word of three letters or more, lowercase', () => {
    expect(snippetAnchors('Data Engineers of AWS')).toBe('data engine aws')
  })

  it('drops what could reach SQL or tsquery syntax, and short words', () => {
    expect(snippetAnchors(`'; DROP TABLE x; -- & | go`)).toBe('drop table')
    expect(snippetAnchors('a of')).toBe('')
  })
})
