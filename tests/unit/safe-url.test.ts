import { describe, expect, it } from '@jest/globals'
import { linkify } from '@/lib/comments/autolink'
import { httpUrlField, isAbsoluteHttpUrl, scriptingScheme } from '@/lib/content/safe-url'

const DISGUISED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001fjavascript:alert(1)',
  'jav\u200bascript:alert(1)',
  'javascript\t:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&colon;alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  'java&Tab;script:alert(1)',
  'javascript&#58;alert(1)',
  '&amp;#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  ' d a t a :text/html,x',
]

describe('scriptingScheme', () => {
  it.each(DISGUISED)('finds the scheme in %j', (url) => {
    expect(scriptingScheme(url)).toMatch(/^(javascript|vbscript|data)$/)
  })

  it.each([
    'https://example.com/a?javascript:x',
    '/guides/javascript-developer',
    '#data:x',
    'mailto:ada@example.com',
    'tel:+441234',
    'javascript-guide',
    'http://data.example.com',
    '',
  ])('leaves %j alone', (url) => expect(scriptingScheme(url)).toBeUndefined())
})

describe('isAbsoluteHttpUrl', () => {
  it('accepts absolute http(s) URLs only, without hidden characters', () => {
    for (const url of ['https://www.postgresql.org', 'http://example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM'])
      expect(isAbsoluteHttpUrl(url)).toBe(true)
    for (const url of [
      'javascript:alert(1)',
      'https://',
      '//example.com',
      '/relative',
      'https://exa mple.com',
      'https://example.com/\tx',
      'https://example.com\n',
      'ftp://example.com',
      ' https://example.com',
    ])
      expect(isAbsoluteHttpUrl(url)).toBe(false)
  })
})

describe('httpUrlField', () => {
  const validate = httpUrlField('Enter an absolute http(s) URL.')
  it('allows empty, an http(s) URL, and explains a scripting link or anything else', () => {
    expect(validate(undefined)).toBe(true)
    expect(validate('')).toBe(true)
    expect(validate('https://example.com')).toBe(true)
    expect(validate('java\tscript:alert(1)')).toMatch(/cannot use a javascript: address/)
    expect(validate('data:text/html,x')).toMatch(/cannot use a data: address/)
    expect(validate('example.com')).toBe('Enter an absolute http(s) URL.')
    expect(validate(42)).toBe('Enter an absolute http(s) URL.')
  })
})

describe('comment autolinks', () => {
  it('make a link only of an http(s) address, never of a scripting one', () => {
    for (const url of DISGUISED)
      expect(linkify(`see ${url} now`).filter((segment) => segment.kind === 'link')).toEqual([])
    expect(linkify('see https://example.com/x now')).toContainEqual({
      kind: 'link',
      href: 'https://example.com/x',
      text: 'https://example.com/x',
    })
  })
})
