import { describe, expect, it } from '@jest/globals'
import { api, page, SAMPLE_PATH } from './client'

/** Reading a long guide: contents, reading time, related careers, previous and next, the technologies hub. */
describe('the guide page', () => {
  it('opens with a table of contents whose links reach the sections, and the reading time', async () => {
    const { html } = await page(SAMPLE_PATH)
    const toc = /<nav aria-labelledby="toc-heading" class="toc">(.*?)<\/nav>/s.exec(html)![1]!
    const anchors = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)
    expect(anchors.length).toBeGreaterThan(5)
    for (const id of anchors) expect(html).toContain(`id="${id}"`)
    expect(html).toMatch(/\d+(<!-- -->)? min read/)
  })

  it('links related careers (sharing technologies) and the previous and next guides', async () => {
    const { json } = await api<{ docs: { id: number }[] }>(
      'GET',
      '/technologies?where[slug][equals]=postgresql&depth=0',
    )
    const postgresql = json.docs[0]!.id
    const create = async (slug: string) =>
      (
        await api<{ doc: { id: number } }>('POST', '/guides', {
          title: `Reading Tester ${slug}`,
          role: 'Reading Tester',
          slug,
          _status: 'published',
          content: [
            {
              blockType: 'technologyGroup',
              heading: 'Databases',
              headingLevel: '2',
              category: 'relational-database',
              technologies: [postgresql],
            },
          ],
        })
      ).status
    expect(await create('reading-tester-first')).toBe(201)
    expect(await create('reading-tester-second')).toBe(201)
    const { html } = await page('/guides/reading-tester-second')
    const related = /<section aria-labelledby="related-careers"[^>]*>(.*?)<\/section>/s.exec(html)![1]!
    expect(related).toContain('href="/guides/reading-tester-first"')
    expect(related).toContain(`href="${SAMPLE_PATH}"`) // the sample needs PostgreSQL too
    // Other tests publish guides at the same time, so only the presence of the links is certain here.
    expect(html).toMatch(/<a [^>]*rel="prev"[^>]*>.*?Previous guide: /s)
    expect((await page('/guides/reading-tester-first')).html).toMatch(/<a [^>]*rel="next"[^>]*>Next guide: /)
    // The technology's page lists its newest guides first.
    const technologyPage = (await page('/technologies/postgresql')).html
    const second = technologyPage.indexOf('href="/guides/reading-tester-second"')
    expect(second).toBeGreaterThan(-1)
    expect(second).toBeLessThan(technologyPage.indexOf('href="/guides/reading-tester-first"'))
  })
})

describe('/technologies', () => {
  it('groups every technology by category, linking to its page', async () => {
    const { status, html } = await page('/technologies')
    expect(status).toBe(200)
    expect(html).toContain('<h2 id="category-relational-database">Relational database</h2>')
    expect(html).toContain('href="/technologies/postgresql"')
  })
})
