import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'

/**
 * What a person would notice going wrong in the browser: console errors (React's hydration errors
 * among them), uncaught exceptions, and any answer of 500 or more. A test collects them per
 * context and expects none.
 */
export function watchForErrors(context: BrowserContext, into: string[] = []): string[] {
  const where = (page: Page) => new URL(page.url() || 'about:blank').pathname
  context.on('page', (page) => {
    // A page that is meant to be "not found" makes Chromium log its own 404 as a failed resource.
    // The navigation's answer arrives before the frame commits to it (framenavigated), and the console message after both.
    let documentIsNotFound = false
    let answeredNotFound = false
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) documentIsNotFound = answeredNotFound
    })
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      if (
        documentIsNotFound &&
        /Failed to load resource: the server responded with a status of 404/.test(message.text())
      )
        return
      into.push(`console error on ${where(page)}: ${message.text()}`)
    })
    page.on('pageerror', (error) => into.push(`uncaught on ${where(page)}: ${error.message}`))
    page.on('response', (response) => {
      if (response.request().isNavigationRequest() && response.request().frame() === page.mainFrame())
        answeredNotFound = response.status() === 404
      if (response.status() >= 500)
        into.push(`${response.status()} for ${response.request().method()} ${new URL(response.url()).pathname}`)
    })
  })
  return into
}

/** Runs a step, keeping a screenshot of every open page of the contexts when it fails. */
export async function step<T>(
  contexts: (BrowserContext | undefined)[],
  name: string,
  action: () => Promise<T>,
): Promise<T> {
  try {
    return await action()
  } catch (error) {
    fs.mkdirSync('test-results', { recursive: true })
    const pages = contexts.flatMap((context) => context?.pages() ?? [])
    await Promise.all(
      pages.map((page, i) =>
        page
          .screenshot({ path: path.join('test-results', `${name.replace(/\W+/g, '-')}-${i}.png`), fullPage: true })
          .catch(() => {}),
      ),
    )
    throw new Error(`${name}: ${(error as Error).message}`)
  }
}

export async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`timed out waiting until ${what}`)
}

/** Waits until the locator's text matches, and fails saying what it was. */
export async function expectText(locator: Locator, pattern: RegExp, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  let text = ''
  while (Date.now() < deadline) {
    text = (await locator.textContent().catch(() => '')) ?? ''
    if (pattern.test(text)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`expected ${pattern} in "${text}"`)
}

/** Signs in through the admin's own form. */
export async function signInToAdmin(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
}

/** A REST read from inside the page, so it carries the browser's own session cookie. */
export function fetchJson<T>(page: Page, url: string): Promise<T | undefined> {
  return page.evaluate(async (address) => {
    const response = await fetch(address)
    return response.ok ? response.json() : undefined
  }, url)
}

/** A layout shift: how much, when (ms after navigation), what moved, and whether the page was still being parsed. */
export type LayoutShift = { value: number; at: number; whileParsing: boolean; moved: string[] }

/**
 * Layout shifts since the page began loading (the browser keeps them for a late observer), each
 * with what moved (tag, class, first words, rectangle before → after), so a failure says why.
 */
export const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<LayoutShift[]>((resolve) => {
        type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }
        type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] }
        const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')
        const what = (source: Source) => {
          const node = source.node as Element | undefined
          const name = node
            ? `${node.nodeName.toLowerCase()}.${node.getAttribute?.('class') ?? ''} "${(node.textContent ?? '').trim().slice(0, 30)}"`
            : '(gone)'
          return `${name} ${rect(source.previousRect)} → ${rect(source.currentRect)}`
        }
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
        const parsedAt = navigation?.domInteractive || Infinity
        const shifts: LayoutShift[] = []
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Entry[])
            if (!entry.hadRecentInput)
              shifts.push({
                value: entry.value,
                at: Math.round(entry.startTime),
                whileParsing: entry.startTime < parsedAt,
                moved: (entry.sources ?? []).map(what),
              })
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(shifts), 500)
      }),
  )
