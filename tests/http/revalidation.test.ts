import { describe, expect, it } from '@jest/globals'
import { api, page } from './client'

/** Publishing expires exactly the cached pages that show the change. */
async function publishGuide(slug: string, title: string) {
  const { status, json } = await api<{ doc: { id: number } }>('POST', '/guides', {
    title,
    role: 'Cache Tester',
    slug,
    _status: 'published',
    content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
  })
  expect(status).toBe(201)
  return json.doc.id
}

async function cached(path: string) {
  await page(path)
  const again = await page(path)
  expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
}

describe('publishing a change', () => {
  it('shows it on the next request of the pages that show it, and leaves other guides in the cache', async () => {
    const changed = await publishGuide('cache-tester-changed', 'Cache Tester: Before')
    await publishGuide('cache-tester-other', 'Cache Tester: Untouched')
    await cached('/guides/cache-tester-changed')
    await cached('/guides/cache-tester-other')

    // A draft changes nothing readers see, so nothing is regenerated.
    expect((await api('PATCH', `/guides/${changed}?draft=true`, { title: 'Cache Tester: Draft' })).status).toBe(200)
    expect((await page('/guides/cache-tester-changed')).headers.get('x-nextjs-cache')).toBe('HIT')

    expect((await api('PATCH', `/guides/${changed}`, { title: 'Cache Tester: After', _status: 'published' })).status).toBe(200)
    const updated = await page('/guides/cache-tester-changed')
    expect(updated.html).toContain('Cache Tester: After')
    expect(updated.headers.get('x-nextjs-cache')).not.toBe('HIT')
    expect((await page('/')).html).toContain('Cache Tester: After')
    expect((await page('/guides')).html).toContain('Cache Tester: After')
    expect((await page('/feed.xml')).html).toContain('Cache Tester: After')

    const other = await page('/guides/cache-tester-other')
    expect(other.headers.get('x-nextjs-cache')).toBe('HIT')
  })
})
