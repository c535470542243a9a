import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { resolveRedirect, redirectTarget, type RedirectHop } from '@/lib/redirects/resolve'
import { payloadForThisFile, unique } from './payload'
import { guideData, type NewData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
const SITE = 'https://careerpath.example'

beforeAll(() => {
  payload = getPayload()
})

const guideAt = (slug: string, fields: Partial<NewData<'guides'>> = {}) =>
  guideData({ title: `Guide ${slug}`, slug, ...fields })

/** What a reader's request resolves to, through the same lookups the pages make (minus Next's cache). */
async function destinationOf(path: string) {
  const lookup = async (from: string): Promise<RedirectHop | null> => {
    const { docs } = await payload.find({
      collection: 'redirects',
      overrideAccess: false,
      where: { from: { equals: from } },
      depth: 1,
      limit: 1,
    })
    return docs[0]
      ? { to: redirectTarget(docs[0].to, SITE), kind: docs[0].type === '307' ? 'temporary' : 'permanent' }
      : null
  }
  return (await resolveRedirect(path, lookup))?.destination ?? null
}

describe('a slug change on a published guide', () => {
  it('redirects every old path straight to the current one, however often it was renamed', async () => {
    const [a, b, c] = [unique('first'), unique('second'), unique('third')]
    const guide = await payload.create({ collection: 'guides', data: guideAt(a, { _status: 'published' }) })
    await payload.update({ collection: 'guides', id: guide.id, data: { slug: b } })
    await payload.update({ collection: 'guides', id: guide.id, data: { slug: c } })
    expect(await destinationOf(`/guides/${a}`)).toBe(`/guides/${c}`)
    expect(await destinationOf(`/guides/${b}`)).toBe(`/guides/${c}`)
    const stored = await payload.find({
      collection: 'redirects',
      where: { from: { in: [`/guides/${a}`, `/guides/${b}`] } },
    })
    expect(stored.docs.map((doc) => doc.type)).toEqual(['308', '308'])
  })

  it('is noticed when the new slug was autosaved as a draft before publishing', async () => {
    const [before, after] = [unique('live'), unique('renamed')]
    const guide = await payload.create({
      collection: 'guides',
      data: guideAt(before, { _status: 'published' }),
    })
    await payload.update({ collection: 'guides', id: guide.id, data: { slug: after }, draft: true, autosave: true })
    expect(await destinationOf(`/guides/${before}`)).toBeNull() // a draft is not live yet
    await payload.update({ collection: 'guides', id: guide.id, data: { _status: 'published' } })
    expect(await destinationOf(`/guides/${before}`)).toBe(`/guides/${after}`)
  })

  it('drops the redirect when the guide moves back to its old slug, and never redirects a draft', async () => {
    const [home, away] = [unique('home'), unique('away')]
    const guide = await payload.create({
      collection: 'guides',
      data: guideAt(home, { _status: 'published' }),
    })
    await payload.update({ collection: 'guides', id: guide.id, data: { slug: away } })
    await payload.update({ collection: 'guides', id: guide.id, data: { slug: home } })
    expect(await destinationOf(`/guides/${away}`)).toBe(`/guides/${home}`)
    expect(
      (await payload.find({ collection: 'redirects', where: { from: { equals: `/guides/${home}` } } })).totalDocs,
    ).toBe(0)

    const draftSlug = unique('never-live')
    const draft = await payload.create({ collection: 'guides', data: guideAt(draftSlug), draft: true })
    await payload.update({ collection: 'guides', id: draft.id, data: { slug: unique('still-draft') }, draft: true })
    expect(
      (await payload.find({ collection: 'redirects', where: { from: { equals: `/guides/${draftSlug}` } } })).totalDocs,
    ).toBe(0)
  })
})

describe('technology and skill renames', () => {
  it('redirect their old pages too', async () => {
    const [old, renamed] = [unique('tech-old'), unique('tech-new')]
    const technology = await payload.create({
      collection: 'technologies',
      data: { name: `Tech ${old}`, slug: old, category: 'other' },
    })
    await payload.update({ collection: 'technologies', id: technology.id, data: { slug: renamed } })
    expect(await destinationOf(`/technologies/${old}`)).toBe(`/technologies/${renamed}`)
  })
})

describe('redirects added by hand', () => {
  it('are stored as normalised paths, validated, and editable by editors only', async () => {
    const from = `/Old-Blog/${unique('post')}/`
    const created = await payload.create({
      collection: 'redirects',
      data: { from, to: { type: 'custom', url: '/guides/elsewhere' }, type: '307' },
    })
    expect(created.from).toBe(from.replace(/\/$/, ''))
    await expect(
      payload.create({
        collection: 'redirects',
        data: { from: '/admin/users', to: { type: 'custom', url: '/' }, type: '308' },
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'from', message: expect.stringMatching(/cannot be redirected/) }] },
    })
    await expect(
      payload.create({
        collection: 'redirects',
        data: { from: `/${unique('x')}`, to: { type: 'custom', url: 'javascript:alert(1)' }, type: '308' },
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'to.url', message: expect.stringMatching(/full http\(s\) URL/) }] },
    })
    // Browsers read "/\\evil.example" (and "//evil.example") as another host.
    for (const url of [
      '/\\evil.example',
      '//evil.example',
      '/guides\\..\\x',
      'https://evil.example\\@site',
      '/%5Cevil.example',
      '/%5C%5Cevil.example',
      '/%09/evil.example',
      '/%2F/evil.example',
    ]) {
      await expect(
        payload.create({
          collection: 'redirects',
          data: { from: `/${unique('x')}`, to: { type: 'custom', url }, type: '308' },
        }),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'to.url' }] },
      })
    }
    await expect(
      payload.create({
        collection: 'redirects',
        overrideAccess: false,
        data: { from: `/${unique('anon')}`, to: { type: 'custom', url: '/' }, type: '308' },
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('chain with slug redirects and collapse to one hop', async () => {
    const [oldSlug, newSlug] = [unique('chained'), unique('final')]
    const guide = await payload.create({
      collection: 'guides',
      data: guideAt(oldSlug, { _status: 'published' }),
    })
    const legacy = `/${unique('legacy')}`
    await payload.create({
      collection: 'redirects',
      data: { from: legacy, to: { type: 'custom', url: `${SITE}/guides/${oldSlug}` }, type: '308' },
    })
    await payload.update({ collection: 'guides', id: guide.id, data: { slug: newSlug } })
    expect(await destinationOf(legacy)).toBe(`/guides/${newSlug}`)
  })
})
