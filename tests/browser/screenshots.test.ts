import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { api, base } from '../http/client'
import { describeInBrowser, haveChromium, launchChromium } from './chromium'
import { layoutShifts, watchForErrors } from './helpers'
import { SHOWCASE_SLUG, createCompanionGuides, createShowcaseGuide, deleteGuides } from './showcase-guide'
import { SIMILAR_PAIR_PATH, createComparisonGuides, deleteComparisonGuides } from '../support/comparison-guides'

/**
 * Each page type at a phone's width and a laptop's, light and dark: no layout shift once it is parsed,
 * nothing wider than the screen, one h1, no axe-core violation (colour contrast in both schemes
 * among them) and no console error. The screenshots go to test-results/screenshots/, or with
 * UPDATE_SCREENSHOTS=1 to docs/screenshots/ (committed: what the design looks like; run this file
 * alone then, so that no other test's guides are in them). The guide is a showcase with a block of
 * every kind (showcase-guide.ts), shown whole; the other pages above the fold. The comparison page
 * (the sample against a Data Engineer guide, tests/support/comparison-guides.ts) comes last, whole,
 * its guides created only for it so that the other pages do not show them.
 */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'guides', path: '/guides' },
  { name: 'guide', path: `/guides/${SHOWCASE_SLUG}`, fullPage: true },
  { name: 'technology', path: '/technologies/postgresql' },
  { name: 'skill', path: '/skills/problem-solving' },
  { name: 'search', path: '/search?q=developer' },
  { name: 'author', path: '/authors/maya-fernandes' },
  { name: 'about', path: '/about' },
]
const COMPARISON_PAGES = [{ name: 'compare', path: SIMILAR_PAIR_PATH, fullPage: true }]
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]
const SCHEMES = ['light', 'dark'] as const

const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots'

let browser: Browser
const created: number[] = []

beforeAll(async () => {
  if (!haveChromium) return
  browser = await launchChromium()
  // The companions first: the showcase, published last, is the newest and leads the home page.
  created.push(...(await createCompanionGuides(api)))
  created.push(await createShowcaseGuide(api, 'back-end-developer-career-guide'))
  fs.mkdirSync(OUT, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await deleteGuides(api, created)
})

/** A small PNG: a palette of colours instead of full colour, which these flat pages lose little by (no dithering: gradients band a little rather than speckle). */
async function savePng(png: Buffer, file: string) {
  await sharp(png).png({ palette: true, quality: 95, dither: 0, compressionLevel: 9, effort: 8 }).toFile(file)
}

/** One page at one width in one scheme: the checks, then its screenshot. */
async function checkAndScreenshot(
  name: string,
  width: number,
  scheme: (typeof SCHEMES)[number],
  target: { path: string; fullPage?: boolean },
  viewport: { width: number; height: number },
) {
  const context = await browser.newContext({ baseURL: base(), viewport, colorScheme: scheme })
  const errors = watchForErrors(context)
  try {
    const page = await context.newPage()
    const response = await page.goto(target.path, { waitUntil: 'load' })
    expect(response?.status()).toBe(200)
    // Shifts while the page is parsed are pages-arriving.test.ts's: there the HTML arrives in pieces on
    // purpose, one element at a time. Here, on a machine as busy as CI, the parser stops to paint at
    // any token, a chip with its icon but not yet its name among them, which no layout can prevent.
    expect((await layoutShifts(page)).filter((shift) => !shift.whileParsing)).toEqual([])
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await page.locator('h1').count()).toBe(1)
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(
      violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([])
    await savePng(
      await page.screenshot({ fullPage: target.fullPage ?? false }),
      path.join(OUT, `${name}-${width}-${scheme}.png`),
    )
    expect(errors).toEqual([])
  } finally {
    await context.close()
  }
}

const cases = (pages: { name: string; path: string; fullPage?: boolean }[]) =>
  pages.flatMap((target) =>
    VIEWPORTS.flatMap((viewport) =>
      SCHEMES.map((scheme) => [target.name, viewport.width, scheme, target, viewport] as const),
    ),
  )

describeInBrowser('the design of every page type', () => {
  it.each(cases(PAGES))('%s at %i px, %s', checkAndScreenshot)
})

describeInBrowser('the design of a comparison page', () => {
  beforeAll(() => createComparisonGuides(), 120_000)
  afterAll(() => deleteComparisonGuides(), 120_000)
  it.each(cases(COMPARISON_PAGES))('%s at %i px, %s', checkAndScreenshot)
})
