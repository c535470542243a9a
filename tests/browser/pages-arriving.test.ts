import { afterAll, beforeAll, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { api, base } from '../http/client'
import { describeInBrowser, haveChromium, launchChromium } from './chromium'
import { layoutShifts, watchForErrors } from './helpers'
import { SHOWCASE_SLUG, createShowcaseGuide, deleteGuides } from './showcase-guide'

/**
 * A page that arrives slowly is painted as it arrives: a reader on a slow connection (or a busy
 * phone, whose parser stops to paint) sees what has come so far. Nothing painted may then move as
 * the rest arrives: a row centred on content still to come, a flex item that shrinks for its next
 * sibling. This serves every page through a proxy that sends the first SLOW_BYTES of each HTML
 * document in pieces of about PIECE_BYTES, PAUSE_MS apart, and expects no layout shift. Each piece
 * ends after a block's end tag: text still to come makes its line grow as any text does, which is
 * not what this is about.
 */
const SLOW_BYTES = 64 * 1024
const PIECE_BYTES = 512
const PAUSE_MS = 50
const BLOCK_END =
  /<\/(?:li|div|p|section|article|header|footer|nav|ul|ol|dl|dt|dd|label|select|form|fieldset|figure|figcaption|table|thead|tbody|tr|td|th|h[1-6]|blockquote|aside|details|summary|pre)>/g

/** Where the pieces of a document end: after the first block end tag at or past each PIECE_BYTES. */
function pieceEnds(html: string): number[] {
  const ends: number[] = []
  let from = 0
  for (const match of html.slice(0, SLOW_BYTES).matchAll(BLOCK_END)) {
    const end = match.index + match[0].length
    if (end - from >= PIECE_BYTES) ends.push((from = end))
  }
  return [...ends, html.length]
}

const PAGES = [
  '/',
  '/guides',
  `/guides/${SHOWCASE_SLUG}`,
  '/technologies',
  '/technologies/postgresql',
  '/skills/problem-solving',
  '/search?q=developer',
  '/authors/maya-fernandes',
  '/about',
]
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]

const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS))

/** Forwards to the site under test; HTML is sent in pieces, everything else at once. */
function slowHtmlProxy(): http.Server {
  return http.createServer(async (request, response) => {
    try {
      const answer = await fetch(base() + request.url, {
        method: request.method,
        headers: { accept: request.headers.accept ?? '*/*', 'user-agent': request.headers['user-agent'] ?? '' },
        redirect: 'manual',
      })
      const body = Buffer.from(await answer.arrayBuffer())
      const headers = Object.fromEntries(
        [...answer.headers].filter(
          ([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name),
        ),
      )
      response.writeHead(answer.status, headers)
      if (!answer.headers.get('content-type')?.startsWith('text/html')) return void response.end(body)
      const html = body.toString('utf8')
      let from = 0
      for (const end of pieceEnds(html)) {
        response.write(html.slice(from, end))
        from = end
        await pause()
      }
      response.end()
    } catch (error) {
      response.writeHead(502).end(String(error))
    }
  })
}

let browser: Browser
let proxy: http.Server
let proxyUrl: string
const created: number[] = []

beforeAll(async () => {
  if (!haveChromium) return
  browser = await launchChromium()
  created.push(await createShowcaseGuide(api, 'back-end-developer-career-guide'))
  proxy = slowHtmlProxy()
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => proxy?.close(resolve))
  await deleteGuides(api, created)
})

describeInBrowser('a page arriving in pieces', () => {
  it.each(PAGES.flatMap((path) => VIEWPORTS.map((viewport) => [path, viewport.width, viewport] as const)))(
    '%s at %i px does not move as it arrives',
    async (path, _width, viewport) => {
      const context = await browser.newContext({ baseURL: proxyUrl, viewport })
      const errors = watchForErrors(context)
      try {
        const page = await context.newPage()
        const response = await page.goto(path, { waitUntil: 'load' })
        expect(response?.status()).toBe(200)
        // The test means something only if the browser painted before the last piece arrived.
        const painted = await page.evaluate(() => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
          const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]
          return { firstPaint: firstPaint?.startTime ?? Infinity, lastPiece: navigation.responseEnd }
        })
        expect(painted.firstPaint).toBeLessThan(painted.lastPiece)
        expect(await layoutShifts(page)).toEqual([])
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
