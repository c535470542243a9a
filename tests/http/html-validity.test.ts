import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HtmlValidate } from 'html-validate'
import { page, SAMPLE_PATH } from './client'
import { SIMILAR_PAIR_PATH, createComparisonGuides, deleteComparisonGuides } from '../support/comparison-guides'

/**
 * The rendered pages are valid HTML: the spec's content models and attributes (html-validate's
 * standard preset), document structure (one h1, lang, title) and its accessibility rules.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document', 'html-validate:a11y'],
  // Subresource integrity guards assets from other origins; every script and stylesheet here is the
  // site's own (the CSP in the security issue says so too).
  // The search box's suggestions are the WAI-ARIA combobox pattern (an input with a `listbox` of
  // options, components/search/SearchBox.tsx), which a native <select> cannot be.
  rules: { 'require-sri': 'off', 'prefer-native-element': ['error', { exclude: ['listbox'] }] },
})

async function problemsOn(path: string, expectedStatus = 200): Promise<string[]> {
  const { status, html } = await page(path)
  expect(status).toBe(expectedStatus)
  const report = await validator.validateString(html, path)
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message} [${m.selector ?? ''}]`),
  )
}

// A comparison page needs a second guide with typed data.
beforeAll(() => createComparisonGuides(), 120_000)
afterAll(() => deleteComparisonGuides(), 120_000)

// The W3C Nu HTML Checker goes over the same page types in CI (npm run validate:html, which needs Java).
describe('rendered pages are valid HTML', () => {
  it.each([
    SAMPLE_PATH,
    '/',
    '/guides',
    '/technologies/postgresql',
    '/skills/problem-solving',
    '/search?q=developer',
    '/technologies',
    '/about',
    '/authors/maya-fernandes',
    '/editorial-policy',
    '/contact',
    SIMILAR_PAIR_PATH,
  ])('%s', async (path) => {
    expect(await problemsOn(path)).toEqual([])
  })

  it('the 404 page', async () => {
    expect(await problemsOn('/guides/no-such-guide', 404)).toEqual([])
  })

  it('the validator does report broken markup (the check can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html><head><title>x</title></head><body><h2>a</h2><p><div>b</div></p><img src="x"></body></html>',
    )
    const rules = report.results.flatMap((result) => result.messages.map((m) => m.ruleId))
    expect(rules).toEqual(expect.arrayContaining(['element-required-attributes', 'wcag/h37']))
  })
})
