import { describe, expect, it } from '@jest/globals'
import { page } from './client'

const count = (html: string, pattern: RegExp) => [...html.matchAll(new RegExp(pattern, 'g'))].length

/**
 * A 404 is a page of the site as it arrives, before any JavaScript: the site's layout in English,
 * one heading, a way on (search and a link home), and a head that keeps it out of search results
 * without borrowing the missing page's canonical address or image.
 */
describe('the 404 page, without JavaScript', () => {
  it.each([
    '/no-such-page',
    '/no/such/page',
    '/guides/no-such-guide',
    '/technologies/no-such-technology',
    '/skills/no-such-skill',
    '/guides?page=99',
  ])('%s', async (path) => {
    const { status, html } = await page(path)
    expect(status).toBe(404)
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i)
    const head = html.slice(0, html.indexOf('</head>'))
    expect(count(head, /<meta name="robots"[^>]*>/)).toBe(1)
    expect(head).toMatch(/<meta name="robots" content="noindex"\/>/)
    expect(head).toContain('<title>Page not found · Careerpath</title>')
    expect(head).not.toContain('rel="canonical"')
    expect(head).not.toMatch(/og:image|twitter:image/)
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    expect(count(html, /<h1[ >]/)).toBe(1)
    expect(main).toMatch(/<h1>Page not found<\/h1>/)
    expect(main).toContain('href="/"')
    expect(html).toMatch(/<form role="search"[^>]*action="\/search"/)
  })
})

describe('HEAD', () => {
  // Next ends a HEAD answer with end(null), which the script-policy wrapper once turned into a 500 on every page.
  it.each([
    ['/', 200],
    ['/guides/back-end-developer-career-guide', 200],
    ['/technologies', 200],
    ['/guides/no-such-guide-for-head', 404],
    ['/no/such/page/for/head', 404],
  ])('HEAD %s answers %i without a body', async (path, status) => {
    const response = await fetch(`${process.env.TEST_BASE_URL}${path}?head=${Date.now()}`, { method: 'HEAD' })
    expect(response.status).toBe(status)
    expect(await response.text()).toBe('')
  })
})
