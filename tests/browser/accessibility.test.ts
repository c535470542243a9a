import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { base, SAMPLE_PATH } from '../http/client'
import { describeInBrowser, haveChromium, launchChromium } from './chromium'
import { watchForErrors } from './helpers'
import { SIMILAR_PAIR_PATH, createComparisonGuides, deleteComparisonGuides } from '../support/comparison-guides'

/**
 * axe-core (the engine of Lighthouse's and most browsers' accessibility audits) finds nothing on any
 * page type, on a laptop's screen and on a phone's, after the page's JavaScript has run (and ran
 * without errors: the 404 page is the prerendered not-found page hydrating at another address).
 */
const PAGES = [
  '/',
  '/guides',
  SAMPLE_PATH,
  '/technologies',
  '/technologies/postgresql',
  '/skills/problem-solving',
  '/search?q=developer',
  '/about',
  '/authors/maya-fernandes',
  '/editorial-policy',
  '/contact',
  SIMILAR_PAIR_PATH,
  '/no-such-page',
]
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
]

let browser: Browser

beforeAll(async () => {
  if (!haveChromium) return
  browser = await launchChromium()
  createComparisonGuides()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (haveChromium) deleteComparisonGuides()
}, 120_000)

describeInBrowser('axe-core finds no accessibility violations', () => {
  it.each(VIEWPORTS.flatMap((viewport) => PAGES.map((path) => [viewport.name, path, viewport] as const)))(
    '%s %s',
    async (_name, path, { width, height }) => {
      const context = await browser.newContext({ baseURL: base(), viewport: { width, height } })
      const errors = watchForErrors(context)
      try {
        const page = await context.newPage()
        await page.goto(path, { waitUntil: 'load' })
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(
          violations.map(
            (violation) =>
              `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
          ),
        ).toEqual([])
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  it('reports a violation when there is one (the check can fail)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      await page.setContent(
        '<!doctype html><html lang="en"><head><title>x</title></head><body><main><img src="data:,"><h1>x</h1></main></body></html>',
      )
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(violations.map((violation) => violation.id)).toContain('image-alt')
    } finally {
      await context.close()
    }
  })
})
