import { beforeAll, describe, expect, it } from '@jest/globals'
import { base, editorHeaders, page, siteUrl } from './client'

/** Technology and skill pages with no description and fewer than two published guides are thin content. */
let auth: Record<string, string>
beforeAll(async () => {
  auth = await editorHeaders()
})

const NOINDEX = /<meta name="robots" content="noindex, follow"\/>/
const inSitemap = async (path: string) => (await page('/sitemap.xml')).html.includes(`<loc>${siteUrl()}${path}</loc>`)

async function send(method: 'POST' | 'PATCH', path: string, body: unknown) {
  const response = await fetch(`${base()}/api${path}`, {
    method,
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.status).toBeLessThan(300)
  return ((await response.json()) as { doc: { id: number } }).doc
}

const guideUsing = (technology: number, slug: string) => ({
  title: `${slug} guide`,
  role: slug,
  slug,
  _status: 'published',
  content: [
    {
      blockType: 'technologyGroup',
      heading: 'Tools',
      headingLevel: '2',
      category: 'other',
      technologies: [technology],
    },
  ],
})

describe('a technology page', () => {
  it('is noindex and out of the sitemap until it has a description or two published guides', async () => {
    const slug = `thin-tech-${Date.now().toString(36)}`
    const technology = await send('POST', '/technologies', { name: `Thin Tech ${slug}`, slug, category: 'other' })
    const path = `/technologies/${slug}`

    expect((await page(path)).html).toMatch(NOINDEX)
    expect(await inSitemap(path)).toBe(false)

    await send('POST', '/guides', guideUsing(technology.id, `${slug}-one`))
    expect((await page(path)).html).toMatch(NOINDEX)
    expect(await inSitemap(path)).toBe(false)

    await send('POST', '/guides', guideUsing(technology.id, `${slug}-two`))
    expect((await page(path)).html).not.toMatch(/<meta name="robots"/)
    expect(await inSitemap(path)).toBe(true)
  })

  it('with a description of its own is indexed with no guide', async () => {
    const slug = `described-tech-${Date.now().toString(36)}`
    await send('POST', '/technologies', {
      name: `Described ${slug}`,
      slug,
      category: 'other',
      description: 'What it is, and why careers need it.',
    })
    expect((await page(`/technologies/${slug}`)).html).not.toMatch(/<meta name="robots"/)
    expect(await inSitemap(`/technologies/${slug}`)).toBe(true)
  })
})

describe('a skill page', () => {
  it('is noindex and out of the sitemap with no description and no guide', async () => {
    const slug = `thin-skill-${Date.now().toString(36)}`
    await send('POST', '/skills', { name: `Thin Skill ${slug}`, slug, kind: 'soft' })
    expect((await page(`/skills/${slug}`)).html).toMatch(NOINDEX)
    expect(await inSitemap(`/skills/${slug}`)).toBe(false)
  })
})
