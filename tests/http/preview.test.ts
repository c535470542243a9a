import { beforeAll, describe, expect, it } from '@jest/globals'
import { previewPath } from '@/lib/preview/links'
import { api, base, editorBrowserHeaders, get, page, SAMPLE_PATH } from './client'

/** Editors preview drafts at their public URL through Next's draft mode; readers never see them. */
const draftPath = () => `/guides/${process.env.TEST_DRAFT_SLUG}`
let browser: Record<string, string>

beforeAll(async () => {
  browser = await editorBrowserHeaders()
})

/** The signed-in editor's browser, with more cookies (e.g. draft mode's). */
const withCookies = (cookies: string) => ({ ...browser, Cookie: `${browser.Cookie}; ${cookies}` })

const previewLink = (path: string) => previewPath(path, process.env.TEST_PAYLOAD_SECRET!)

/** Follows the preview route as the signed-in editor and returns the draft-mode cookie a browser would now send. */
async function enterPreview(path: string): Promise<string> {
  const response = await get(base() + previewLink(path), { headers: browser, redirect: 'manual' })
  expect(response.status).toBe(307)
  expect(response.headers.get('location')).toBe(path)
  const bypass = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass='))!
  expect(bypass).toBeTruthy()
  return bypass.split(';')[0]!
}

describe('the preview route', () => {
  it('refuses bad links, forged secrets and visitors who are not signed in, with a message', async () => {
    const bad = await page(`/preview?path=${encodeURIComponent('https://evil.example')}&secret=x`)
    expect(bad.status).toBe(400)
    expect(bad.html).toMatch(/^Not a preview link: path must be a guide page/)
    const forged = await page(`/preview?path=${encodeURIComponent(draftPath())}&secret=${'0'.repeat(64)}`)
    expect(forged.status).toBe(403)
    // A real link for another page does not open this one.
    const otherSecret = new URLSearchParams(previewLink(SAMPLE_PATH).split('?')[1]).get('secret')!
    expect((await page(`/preview?path=${encodeURIComponent(draftPath())}&secret=${otherSecret}`)).status).toBe(403)
    const anonymous = await page(previewLink(draftPath()))
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
  })

  it('shows a signed-in editor the draft, marked as a preview and noindex', async () => {
    const bypass = await enterPreview(draftPath())
    const response = await get(base() + draftPath(), { headers: withCookies(bypass) })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('An unpublished draft')
    expect(html).toContain('You are previewing the latest draft')
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/)
    // The draft-mode cookie alone, without an account, shows nothing.
    expect(
      (await get(base() + draftPath(), { headers: { Cookie: bypass, 'Sec-Fetch-Site': 'same-origin' } })).status,
    ).toBe(404)
  })

  it('never puts a draft in the cache readers are served from', async () => {
    const path = '/guides/preview-cache-guide'
    const created = await api<{ doc: { id: number } }>('POST', '/guides', {
      title: 'Preview Cache: The Published Version',
      role: 'Preview Tester',
      slug: 'preview-cache-guide',
      _status: 'published',
      content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
    })
    expect(created.status).toBe(201)
    await page(path)
    expect((await page(path)).headers.get('x-nextjs-cache')).toBe('HIT')
    const draftTitle = 'Preview Cache: A Draft Nobody Should See'
    expect((await api('PATCH', `/guides/${created.json.doc.id}?draft=true`, { title: draftTitle })).status).toBe(200)

    const bypass = await enterPreview(path)
    expect(await (await get(base() + path, { headers: withCookies(bypass) })).text()).toContain(draftTitle)
    const reader = await page(path)
    expect(reader.html).not.toContain(draftTitle)
    expect(reader.html).toContain('Preview Cache: The Published Version')
    expect(reader.headers.get('x-nextjs-cache')).toBe('HIT')

    // Leaving preview drops draft mode and goes back to the page.
    const exit = await get(`${base()}/preview/exit?path=${encodeURIComponent(path)}`, {
      headers: withCookies(bypass),
      redirect: 'manual',
    })
    expect(exit.headers.get('location')).toBe(path)
    expect(
      exit.headers.getSetCookie().some((c) => /^__prerender_bypass=.*(Expires=Thu, 01 Jan 1970|Max-Age=0)/i.test(c)),
    ).toBe(true)
  })
})
