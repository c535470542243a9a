import { describe, expect, it } from '@jest/globals'
import { SAMPLE_BYLINE } from '@/lib/seed/sample'
import { schemaTypeErrors } from '../unit/schema-typing'
import { api, authorHeaders, base, get, page, SAMPLE_PATH, siteUrl } from './client'

type Node = Record<string, unknown>

/** The text a reader sees; `gap` is what an element boundary becomes (nothing inside a line of text). */
const textOf = (html: string, gap = ' ') =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, gap)
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()

function jsonLd(html: string) {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
  expect(scripts).toHaveLength(1)
  return JSON.parse(scripts[0]![1]!) as { '@graph': Node[] }
}

const bylineOf = (html: string) => /<p class="byline">(.*?)<\/p>/s.exec(html)?.[1]
const bylineText = (html: string) => textOf(bylineOf(html)!, '')
const REVIEWER_PATH = '/authors/daniel-okafor'

describe('the sample guide’s byline', () => {
  it('names its author and reviewer with credentials and the review date, linked to their profiles', async () => {
    const { html } = await page(SAMPLE_PATH)
    const byline = bylineOf(html)!
    expect(bylineText(html)).toBe(
      'By Maya Fernandes · Reviewed by Daniel Okafor, PhD, AWS Certified Solutions Architect · Last reviewed November 20, 2026',
    )
    expect(byline).toContain('href="/authors/maya-fernandes"')
    expect(byline).toContain(`href="${REVIEWER_PATH}"`)
    expect(byline).toContain(`<time dateTime="${SAMPLE_BYLINE.lastReviewedAt}">`)
    // Right under the title.
    expect(html.indexOf('<p class="byline">')).toBeGreaterThan(html.indexOf('<h1>'))
    expect(html.indexOf('<p class="byline">')).toBeLessThan(html.indexOf('<p class="guide-meta">'))
  })

  it('is in the JSON-LD: the Article’s author with their profile URL, the WebPage’s reviewer and review date', async () => {
    const graph = jsonLd((await page(SAMPLE_PATH)).html)
    expect(schemaTypeErrors(graph)).toEqual([])
    const nodes = graph['@graph']
    expect(nodes.find((n) => n['@type'] === 'Article')).toMatchObject({
      author: { '@type': 'Person', name: 'Maya Fernandes', url: `${siteUrl()}/authors/maya-fernandes` },
      datePublished: expect.any(String),
      dateModified: expect.any(String),
    })
    expect(nodes.find((n) => n['@type'] === 'WebPage')).toMatchObject({
      url: `${siteUrl()}${SAMPLE_PATH}`,
      reviewedBy: { '@type': 'Person', name: 'Daniel Okafor', url: `${siteUrl()}${REVIEWER_PATH}` },
      lastReviewed: '2026-11-20',
    })
  })
})

describe('a profile page', () => {
  it('shows the person, their credentials, bio and guides, with one h1, its canonical and ProfilePage JSON-LD', async () => {
    const { status, html } = await page(REVIEWER_PATH)
    expect(status).toBe(200)
    expect([...html.matchAll(/<h1[ >]/g)]).toHaveLength(1)
    expect(html).toContain('<h1>Daniel Okafor</h1>')
    const body = textOf(html.slice(html.indexOf('<main')))
    expect(body).toContain(SAMPLE_BYLINE.reviewer.jobTitle)
    expect(body).toContain(SAMPLE_BYLINE.reviewer.credentials)
    expect(body).toContain(SAMPLE_BYLINE.reviewer.bio)
    expect(html).toContain(`href="${SAMPLE_PATH}"`) // the guide they reviewed
    expect(html).toContain(`<link rel="canonical" href="${siteUrl()}${REVIEWER_PATH}"/>`)
    expect(html).toContain('<title>Daniel Okafor, Principal Cloud Architect</title>')

    const graph = jsonLd(html)
    expect(schemaTypeErrors(graph)).toEqual([])
    expect(graph['@graph'][0]).toMatchObject({
      '@type': 'ProfilePage',
      url: `${siteUrl()}${REVIEWER_PATH}`,
      mainEntity: {
        '@type': 'Person',
        '@id': `${siteUrl()}${REVIEWER_PATH}#person`,
        name: 'Daniel Okafor',
        jobTitle: SAMPLE_BYLINE.reviewer.jobTitle,
      },
    })
  })

  it('is in the sitemap', async () => {
    const xml = (await page('/sitemap.xml')).html
    expect(xml).toContain(`<loc>${siteUrl()}${REVIEWER_PATH}</loc>`)
    expect(xml).toContain(`<loc>${siteUrl()}/authors/maya-fernandes</loc>`)
  })

  it('answers an unknown slug with a 404 and the not-found page', async () => {
    const { status, html } = await page('/authors/no-such-author')
    expect(status).toBe(404)
    expect(html).toContain('<title>Page not found · Careerpath</title>')
    expect(html).toContain('Browse all career guides')
  })
})

describe('a profile edited or linked by an editor', () => {
  it('shows the change on the guide it is named on and on its own page at once', async () => {
    const slug = `http-author-${Date.now().toString(36)}`
    // Linked to the test author's account (an account has one profile; access-matrix links the editor's).
    const account = await api<{ user: { id: number } }>('GET', '/users/me', undefined, await authorHeaders())
    const person = await api<{ doc: { id: number } }>('POST', '/people', {
      name: 'First Name',
      slug,
      account: account.json.user.id,
    })
    expect(person.status).toBe(201)
    const guide = await api<{ doc: { slug: string } }>('POST', '/guides', {
      title: 'Bylined Role: A Guide With an Author',
      role: 'Bylined Role',
      slug: `${slug}-guide`,
      _status: 'published',
      authors: [person.json.doc.id],
      content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
    })
    expect(guide.status).toBe(201)
    const guidePath = `/guides/${slug}-guide`
    expect(bylineText((await page(guidePath)).html)).toBe('By First Name')
    expect((await page(`/authors/${slug}`)).html).toContain(`href="${guidePath}"`)
    await page(guidePath) // now cached

    const renamed = await api('PATCH', `/people/${person.json.doc.id}`, { name: 'Second Name' })
    expect(renamed.status).toBe(200)
    expect(bylineText((await page(guidePath)).html)).toBe('By Second Name')
    expect((await page(`/authors/${slug}`)).html).toContain('<h1>Second Name</h1>')

    // Readers never see which account it is linked to.
    const anonymous = await get(`${base()}/api/people/${person.json.doc.id}?depth=2`)
    expect(anonymous.status).toBe(200)
    const json = (await anonymous.json()) as Node
    expect(json.name).toBe('Second Name')
    expect(json).not.toHaveProperty('account')
  })
})
