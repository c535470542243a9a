import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { drizzleOf } from '@/lib/db/drizzle'
import {
  sitemapGuideChunksQuery,
  sitemapGuidesQuery,
  sitemapOthersQuery,
  sitemapTaxonomySummaryQuery,
} from '@/lib/data/sql/sitemap'
import { closestComparisonsQuery } from '@/lib/data/sql/closest-comparisons'
import { payloadForThisFile, unique } from './payload'
import { guideData, technologyData, technologyGroupBlock } from '@/tests/support/data'

const SITE = 'https://careerpath.example'
const getPayload = payloadForThisFile()
let payload: Payload
const slugs: Record<'listed' | 'ownCanonical' | 'noindex' | 'draft' | 'elsewhere', string> = {} as never
const technologies: Record<'described' | 'thin' | 'named', string> = {} as never

beforeAll(async () => {
  payload = getPayload()
  const technology = async (key: keyof typeof technologies, description?: string) => {
    const doc = await payload.create({
      collection: 'technologies',
      data: technologyData({ name: unique(`Sitemap ${key}`), category: 'devops-tool', description }),
    })
    technologies[key] = doc.slug
    return doc.id
  }
  await technology('described', 'A technology with a page of its own.')
  await technology('thin')
  const named = await technology('named')
  const guide = async (key: keyof typeof slugs, fields: Parameters<typeof guideData>[0]) => {
    const doc = await payload.create({
      collection: 'guides',
      data: guideData({ _status: 'published', content: [technologyGroupBlock([named])], ...fields }),
    })
    slugs[key] = doc.slug!
    return doc
  }
  await guide('listed', { title: unique('Listed') })
  const own = await guide('ownCanonical', { title: unique('Own canonical') })
  await payload.update({
    collection: 'guides',
    id: own.id,
    data: { meta: { canonicalUrl: `${SITE}/guides/${own.slug}` } },
  })
  await guide('noindex', { title: unique('Noindex'), meta: { noindex: true } })
  await guide('draft', { title: unique('Draft'), _status: 'draft' })
  await guide('elsewhere', { title: unique('Elsewhere'), meta: { canonicalUrl: 'https://elsewhere.example/x' } })
})

describe('the sitemap, a file at a time', () => {
  it('reads each file’s guides from where it starts, every listed guide in exactly one file', async () => {
    const db = drizzleOf(payload)
    const fileSize = 2
    const chunks = (await db.execute(sitemapGuideChunksQuery(3, fileSize))).rows
    // The list pages take the first three places, so file 0 has no guide and file 1 starts with the first.
    expect(Number(chunks[0]!.file)).toBe(1)
    const read: string[] = []
    for (const chunk of chunks) {
      const { rows } = await db.execute(sitemapGuidesQuery(SITE, Number(chunk.first_id), Number(chunk.guides)))
      // A file's published guides, less those the sitemap leaves out.
      expect(rows.length).toBeLessThanOrEqual(Number(chunk.guides))
      expect(Number(chunk.guides)).toBeLessThanOrEqual(fileSize)
      read.push(...rows.map((row) => String(row.slug)))
    }
    expect(new Set(read).size).toBe(read.length)
    expect(read).toEqual(expect.arrayContaining([slugs.listed, slugs.ownCanonical]))
    for (const left of [slugs.noindex, slugs.draft, slugs.elsewhere]) expect(read).not.toContain(left)
    const { rows } = await db.execute(sitemapGuidesQuery(SITE, 0, 10_000))
    expect(rows.map((row) => String(row.slug))).toEqual(read)
  })

  it('lists technologies with a description or two published guides, and counts what it lists', async () => {
    const db = drizzleOf(payload)
    const summary = (await db.execute(sitemapTaxonomySummaryQuery())).rows[0]!
    const listed = (await db.execute(sitemapOthersQuery('technologies', 0, 10_000))).rows.map((row) => String(row.slug))
    expect(listed.length).toBe(Number(summary.technologies))
    expect(listed).toEqual(expect.arrayContaining([technologies.described, technologies.named]))
    expect(listed).not.toContain(technologies.thin)
    // An offset into them: the same list, a part at a time.
    const second = (await db.execute(sitemapOthersQuery('technologies', 1, 1))).rows.map((row) => String(row.slug))
    expect(second).toEqual(listed.slice(1, 2))
  })
})

describe('the comparison pages of a range of guides', () => {
  it('are the closest comparisons of the guides in the range only, each with how much the two share', async () => {
    const ids: number[] = []
    for (let i = 0; i < 4; i++)
      ids.push(
        (
          await payload.create({
            collection: 'technologies',
            data: technologyData({ name: unique(`Compared ${i}`), category: 'devops-tool' }),
          })
        ).id,
      )
    const guides: { id: number; slug?: string | null }[] = []
    for (let i = 0; i < 3; i++)
      guides.push(
        await payload.create({
          collection: 'guides',
          data: guideData({ title: unique(`Alike ${i}`), _status: 'published', content: [technologyGroupBlock(ids)] }),
        }),
      )
    const db = drizzleOf(payload)
    const [first, ...others] = guides
    const { rows } = await db.execute(closestComparisonsQuery({ range: { fromId: first!.id, toId: first!.id } }))
    expect(rows.map((row) => String(row.b)).sort()).toEqual(others.map((guide) => guide.slug).sort())
    for (const row of rows) {
      expect(row.a).toBe(first!.slug)
      expect([Number(row.shared), Number(row.size_a), Number(row.size_b)]).toEqual([4, 4, 4])
    }
    // Without a range, every guide's closest: the other two guides' rows too.
    const all = (await db.execute(closestComparisonsQuery())).rows.filter((row) =>
      guides.some((guide) => guide.slug === row.a),
    )
    expect(all).toHaveLength(6)
  })
})
