import { describe, expect, it } from '@jest/globals'
import { api, page } from './client'

/** Old links keep working: slug changes and editors' redirects, end to end through the built site. */

type Doc = { doc: { id: number; slug: string } }

/**
 * Where a redirect points. The first, uncached render of a redirect repeats the identical Location
 * header (vercel/next.js#82117, open upstream; fetch joins the two with ", "), so the distinct
 * values are compared; the cached answer carries it once.
 */
function locationOf(headers: Headers): string[] {
  return [...new Set((headers.get('location') ?? '').split(', '))]
}

async function publishGuide(slug: string) {
  const { status, json } = await api<Doc>('POST', '/guides', {
    title: `Redirect Tester ${slug}`,
    role: 'Redirect Tester',
    slug,
    _status: 'published',
    content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
  })
  expect(status).toBe(201)
  return json.doc
}

async function rename(id: number, slug: string) {
  const { status } = await api('PATCH', `/guides/${id}`, { slug, _status: 'published' })
  expect(status).toBe(200)
}

describe('a guide whose slug changed', () => {
  it('answers its old paths with one permanent redirect to the current page, even after several renames', async () => {
    const guide = await publishGuide('redirect-tester-first')
    expect((await page('/guides/redirect-tester-first')).status).toBe(200) // now cached under the old slug
    await rename(guide.id, 'redirect-tester-second')
    await rename(guide.id, 'redirect-tester-third')

    for (const old of ['/guides/redirect-tester-first', '/guides/redirect-tester-second']) {
      const { status, headers } = await page(old)
      expect(status).toBe(308)
      expect(locationOf(headers)).toEqual(['/guides/redirect-tester-third'])
      expect((await page(old)).headers.get('location')).toBe('/guides/redirect-tester-third')
    }
    const final = await page('/guides/redirect-tester-third')
    expect(final.status).toBe(200)
    expect(final.html).toContain('Redirect Tester redirect-tester-first')
  })

  it('gives the old path back to a new guide that takes it', async () => {
    const guide = await publishGuide('redirect-tester-reused')
    await rename(guide.id, 'redirect-tester-moved-on')
    expect((await page('/guides/redirect-tester-reused')).status).toBe(308)
    await publishGuide('redirect-tester-reused')
    expect((await page('/guides/redirect-tester-reused')).status).toBe(200)
  })
})

describe('a redirect added by an editor', () => {
  it('works for any old path, with the chosen kind, and chains collapse into one hop', async () => {
    await publishGuide('redirect-tester-target')
    const temporary = await api('POST', '/redirects', {
      from: '/old-blog/temporary-move/',
      to: { type: 'custom', url: '/guides/redirect-tester-target' },
      type: '307',
    })
    expect(temporary.status).toBe(201)
    const temporaryPage = await page('/old-blog/temporary-move?utm_source=newsletter')
    expect(temporaryPage.status).toBe(307)
    expect(locationOf(temporaryPage.headers)).toEqual(['/guides/redirect-tester-target'])

    await api('POST', '/redirects', {
      from: '/old-blog/hop-one',
      to: { type: 'custom', url: '/old-blog/hop-two' },
      type: '308',
    })
    await api('POST', '/redirects', {
      from: '/old-blog/hop-two',
      to: { type: 'custom', url: '/guides/redirect-tester-target' },
      type: '308',
    })
    const chained = await page('/old-blog/hop-one')
    expect(chained.status).toBe(308)
    expect(locationOf(chained.headers)).toEqual(['/guides/redirect-tester-target'])
  })

  it("answers WordPress's /?p=<post id> of an imported post with a redirect to its guide, and / itself as before", async () => {
    const guide = await publishGuide('redirect-tester-wordpress-post')
    const created = await api('POST', '/redirects', {
      from: '/wordpress-post/4242',
      to: { type: 'reference', reference: { relationTo: 'guides', value: guide.id } },
      type: '308',
    })
    expect(created.status).toBe(201)
    const old = await page('/?p=4242')
    expect(old.status).toBe(308)
    expect(locationOf(old.headers)).toEqual(['/guides/redirect-tester-wordpress-post'])
    expect((await page('/?p=999999')).status).toBe(404)
    expect((await page('/?p=abc')).status).toBe(200)
    expect((await page('/')).status).toBe(200)
  })

  it('is refused from anonymous visitors, and unknown paths still answer 404', async () => {
    const response = await fetch(`${process.env.TEST_BASE_URL}/api/redirects`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: '/hijack', to: { type: 'custom', url: 'https://evil.example' }, type: '308' }),
    })
    expect(response.status).toBe(403)
    expect((await page('/hijack')).status).toBe(404)
    expect((await page('/guides/never-existed')).status).toBe(404)
  })
})
