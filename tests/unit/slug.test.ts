import { describe, expect, it } from '@jest/globals'
import { slugify, validateSlug } from '@/lib/content/slug'

describe('slugify', () => {
  it.each([
    ['Back-End Developer: Complete Career Guide (2026)', 'back-end-developer-complete-career-guide-2026'],
    ['  Développeur  Back-End ', 'developpeur-back-end'],
    ['C#', 'c-sharp'],
    ['C++ & Rust', 'c-plus-plus-and-rust'],
    ['Node.js', 'node-js'],
    ['Bachelor’s degree', 'bachelors-degree'],
    ['---', ''],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('keeps slugs within the length limit without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(100))
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('validateSlug', () => {
  it('accepts lowercase hyphenated slugs', () => {
    expect(validateSlug('back-end-developer-career-guide')).toBe(true)
  })
  it.each(['', 'Back-End', 'a--b', '-a', 'a_b', 'ü', 'a/b', 'x'.repeat(121)])('rejects %p with a message', (value) => {
    expect(validateSlug(value)).toEqual(expect.any(String))
  })
  it('rejects non-strings', () => {
    expect(validateSlug(undefined)).toBe('A slug is required.')
  })
})
