import { describe, expect, it } from '@jest/globals'
import { api, page } from './client'

/** Publishing expires exactly the cached pages that show the change. */
const content = (tool: string) => [
  { blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: tool }] },
]

async function publishGuide(slug: string, title: string) {
  const { status, json } = await api<{ doc: { id: number } }>('POST', '/guides', {
    title,
    role: 'Cache Tester',
    slug,
    _status: 'published',
    content: content('A hammer'),
  })
  expect(status).toBe(201)
  return json.doc.id
}

const cacheState = async (path: string) => (await page(path)).headers.get('x-nextjs-cache')

async function cached(...paths: string[]) {
  for (const path of paths) {
    await page(path)
    expect(await cacheState(path)).toBe('HIT')
  }
}

describe('publishing a change', () => {
  it('regenerates the guide alone when only its content changed, and every list when its title did', async () => {
    const changed = await publishGuide('cache-tester-changed', 'Cache Tester: Before')
    await publishGuide('cache-tester-other', 'Cache Tester: Untouched')
    await cached('/guides/cache-tester-changed', '/guides/cache-tester-other')

    // A draft changes nothing readers see, so nothing is regenerated.
    expect((await api('PATCH', `/guides/${changed}?draft=true`, { title: 'Cache Tester: Draft' })).status).toBe(200)
    expect(await cacheState('/guides/cache-tester-changed')).toBe('HIT')

    // New content, same title: only its own page (and the sitemap's date) change.
    expect(
      (
        await api('PATCH', `/guides/${changed}`, {
          title: 'Cache Tester: Before',
          content: content('A new saw'),
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    const updated = await page('/guides/cache-tester-changed')
    expect(updated.html).toContain('A new saw')
    expect(updated.headers.get('x-nextjs-cache')).not.toBe('HIT')
    // The other guide's page links to this one (previous/next, related), through the guide-list data:
    // still cached means the lists were left alone.
    expect(await cacheState('/guides/cache-tester-other')).toBe('HIT')

    // A new title shows on every list and in its neighbours' links: those pages are regenerated.
    expect(
      (await api('PATCH', `/guides/${changed}`, { title: 'Cache Tester: After', _status: 'published' })).status,
    ).toBe(200)
    expect((await page('/guides/cache-tester-changed')).html).toContain('Cache Tester: After')
    expect((await page('/')).html).toContain('Cache Tester: After')
    expect((await page('/guides')).html).toContain('Cache Tester: After')
    expect((await page('/feed.xml')).html).toContain('Cache Tester: After')
    expect(await cacheState('/guides/cache-tester-other')).not.toBe('HIT')
  })
})

describe('a publish through the REST API', () => {
  // Next applies a route handler's tag expiry after the response unless the app waits for it; a
  // reader asking right after the editor's save must still get the new version, every time.
  it('is in the very next request for the page, every time', async () => {
    const slug = 'cache-tester-next-request'
    const id = await publishGuide(slug, 'Cache Tester: Next Request')
    const stale: number[] = []
    for (let round = 1; round <= 20; round++) {
      await page(`/guides/${slug}`)
      expect(
        (await api('PATCH', `/guides/${id}`, { content: content(`Tool number ${round}`), _status: 'published' }))
          .status,
      ).toBe(200)
      if (!(await page(`/guides/${slug}`)).html.includes(`Tool number ${round}<`)) stale.push(round)
    }
    expect(stale).toEqual([])
  })
})

describe('an unpublish', () => {
  it('takes the page away at once, also when a newer draft was saved over the live guide', async () => {
    const slug = 'cache-tester-unpublish-after-draft'
    const id = await publishGuide(slug, 'Cache Tester: Live Version')
    expect((await page(`/guides/${slug}`)).html).toContain('Cache Tester: Live Version')
    await page(`/guides/${slug}`) // cached now
    // A draft over the live guide: readers still see the live version.
    expect((await api('PATCH', `/guides/${id}?draft=true`, { title: 'Cache Tester: Newer Draft' })).status).toBe(200)
    expect((await page(`/guides/${slug}`)).html).toContain('Cache Tester: Live Version')
    // The unpublish: the latest version (the draft) was never live, but the live guide goes.
    expect((await api('PATCH', `/guides/${id}`, { _status: 'draft' })).status).toBe(200)
    expect((await page(`/guides/${slug}`)).status).toBe(404)
    expect((await page('/guides')).html).not.toContain('Cache Tester: Live Version')
  })
})
