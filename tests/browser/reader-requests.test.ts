import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page, Request } from 'playwright-core'
import { base, SAMPLE_PATH } from '../http/client'
import { describeInBrowser, haveChromium, launchChromium } from './chromium'

/**
 * What reading a guide costs the reader's browser beyond the page itself: no prefetching of other
 * pages, neither on load nor as the guide's fifty links scroll into view, while every link still
 * takes the reader where it says.
 */
let browser: Browser
let page: Page
const prefetches: string[] = []

/** Next's requests for another route's React Server Components payload (prefetch or navigation). */
const isRscRequest = (request: Request) =>
  request.headers()['rsc'] === '1' || new URL(request.url()).searchParams.has('_rsc')

beforeAll(async () => {
  if (!haveChromium) return
  browser = await launchChromium()
  page = await (await browser.newContext({ baseURL: base(), viewport: { width: 412, height: 823 } })).newPage()
  page.on('request', (request) => {
    if (isRscRequest(request)) prefetches.push(request.url())
  })
})

afterAll(async () => {
  await browser?.close()
})

describeInBrowser('a reader on a guide page', () => {
  it('downloads no other page while reading, to the end of the guide', async () => {
    await page.goto(SAMPLE_PATH, { waitUntil: 'load' })
    await page.waitForTimeout(1000)
    // Scrolled through, so that every link of the guide has been on screen.
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y)
      await page.waitForTimeout(50)
    }
    await page.waitForTimeout(1000)
    expect(await page.locator('a[href^="/technologies/"]').count()).toBeGreaterThan(20)
    expect(prefetches).toEqual([])
  })

  it('still reaches what the header and the guide link to', async () => {
    await page.locator('a[href="/technologies/postgresql"]').first().click()
    await page.waitForURL('**/technologies/postgresql')
    expect(await page.locator('h1').textContent()).toBe('PostgreSQL')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click()
    await page.waitForURL('**/guides')
    expect(await page.locator('h1').textContent()).toBe('All career guides')
  })
})
