import { describe, expect, it } from '@jest/globals'
import { BULK_WRITE_BATCH } from '@/lib/http/bulk-writes'
import { api, authorHeaders, page } from './client'

/** Bulk writes are taken in batches (lib/http/bulk-writes.ts): the whole match still changes, pages included. */
const prefix = `bulk-${process.pid}`
const total = BULK_WRITE_BATCH + 5

async function publishGuides() {
  const slugs: string[] = []
  for (let i = 0; i < total; i++) {
    const slug = `${prefix}-${i}`
    const { status } = await api('POST', '/guides', {
      title: `Bulk Tester ${i}`,
      role: 'Bulk Tester',
      slug,
      _status: 'published',
      content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A hammer' }] }],
    })
    expect(status).toBe(201)
    slugs.push(slug)
  }
  return slugs
}

describe('a bulk delete of more guides than one batch', () => {
  it('is refused to an author and to anonymous, then deletes every guide for an editor and their pages are gone', async () => {
    const slugs = await publishGuides()
    const path = `/guides?where[slug][like]=${prefix}-&limit=5000`
    const [first, last] = [`/guides/${slugs[0]}`, `/guides/${slugs.at(-1)}`]
    for (const guide of [first, last]) {
      await page(guide)
      expect((await page(guide)).status).toBe(200)
    }

    expect((await api('DELETE', path, undefined, await authorHeaders())).status).toBe(403)
    // Without limit: anonymous requests may not ask for more than 100 (collections/plugins/refuseUnreadableInput.ts).
    const anonymous = await api('DELETE', `/guides?where[slug][like]=${prefix}-`, undefined, {
      'Content-Type': 'application/json',
    })
    expect([anonymous.status, anonymous.json]).toEqual([
      403,
      { errors: [{ message: 'You are not allowed to perform this action.' }] },
    ])
    expect((await page(last)).status).toBe(200)

    const { status, json } = await api<{ docs: { id: number }[]; errors: unknown[]; message: string }>('DELETE', path)
    expect(status).toBe(200)
    expect(json.errors).toEqual([])
    expect(json.docs).toHaveLength(total)
    expect(json.message).toBe(`Deleted ${total} Guides successfully.`)
    for (const slug of slugs) expect((await page(`/guides/${slug}`)).status).toBe(404)
  })
})
