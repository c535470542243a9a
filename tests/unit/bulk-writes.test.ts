import { describe, expect, it } from '@jest/globals'
import { addBatch, batchesOf, batchUrl, briefDoc, bulkMessage, bulkWriteCollection } from '@/lib/http/bulk-writes'

const collections = ['guides', 'users']

describe('bulk writes', () => {
  it('are a collection path with a where and no id', () => {
    const url = (search: string) => new URL(`http://site.example/api/guides${search}`)
    expect(bulkWriteCollection(['guides'], url('?where[slug][like]=x'), collections)).toBe('guides')
    expect(bulkWriteCollection(['guides'], url('?where=x'), collections)).toBe('guides')
    expect(bulkWriteCollection(['guides', '12'], url('?where[slug][like]=x'), collections)).toBeUndefined()
    expect(bulkWriteCollection(['guides'], url('?depth=0'), collections)).toBeUndefined()
    expect(bulkWriteCollection(['globals'], url('?where[a]=b'), collections)).toBeUndefined()
    expect(bulkWriteCollection([], url('?where[a]=b'), collections)).toBeUndefined()
  })

  it('are split into batches of the given size, the last one shorter', () => {
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(batchesOf([], 2)).toEqual([])
  })

  it("keep the request's parameters in each batch's URL but replace where, limit and page", () => {
    const url = new URL(
      'http://site.example/api/guides?where[slug][like]=x&where[or][0][a]=b&limit=5000&page=2&locale=en&depth=2',
    )
    const first = batchUrl(url, [7, 8], true)
    expect([...first.searchParams.entries()]).toEqual([
      ['locale', 'en'],
      ['depth', '2'],
      ['where[id][in][0]', '7'],
      ['where[id][in][1]', '8'],
    ])
    expect(first.pathname).toBe('/api/guides')
    expect(batchUrl(url, [9], false).searchParams.get('depth')).toBe('0')
  })

  it('keep the first batch in full and later documents by id and title', () => {
    const total = { docs: [], errors: [] }
    addBatch(total, { docs: [{ id: 1, title: 'A', slug: 'a' }], errors: [] }, (doc) => doc)
    addBatch(total, { docs: [{ id: 2, title: 'B', slug: 'b' }], errors: [{ id: 3, message: 'locked' }] }, (doc) =>
      briefDoc(doc, 'title'),
    )
    expect(total).toEqual({
      docs: [
        { id: 1, title: 'A', slug: 'a' },
        { id: 2, title: 'B' },
      ],
      errors: [{ id: 3, message: 'locked' }],
    })
    expect(briefDoc({ id: 4, slug: 'd' }, 'title')).toEqual({ id: 4 })
  })

  it("are summed up in Payload's words", () => {
    const t = (key: string, options: Record<string, unknown>) => `${key} ${JSON.stringify(options)}`
    const labels = { singular: 'Guide', plural: 'Guides' }
    expect(bulkMessage('delete', { docs: [{ id: 1 }, { id: 2 }], errors: [] }, labels, t, 'en')).toBe(
      'general:deletedCountSuccessfully {"count":2,"label":"Guides"}',
    )
    expect(bulkMessage('update', { docs: [{ id: 1 }], errors: [] }, labels, t, 'en')).toBe(
      'general:updatedCountSuccessfully {"count":1,"label":"Guide"}',
    )
    expect(
      bulkMessage(
        'delete',
        { docs: [{ id: 1 }], errors: [{ id: 2, message: 'x' }] },
        { plural: { en: 'Guides' } },
        t,
        'en',
      ),
    ).toBe('error:unableToDeleteCount {"count":1,"label":"Guides","total":2}')
  })
})
