import { beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import type { Payload } from 'payload'
import { searchGuides, searchGuidesPage } from '@/lib/search/query'
import { highlightParts } from '@/lib/search/search-text'
import { fillMissingSearchText } from '@/lib/search/fill-missing-search-text'
import { drizzleOf } from '@/lib/db/drizzle'
import { sql } from '@payloadcms/db-postgres'
import { payloadForThisFile, unique } from './payload'
import {
  guideData,
  richText,
  sectionBlock,
  technologyData,
  technologyGroupBlock,
  type NewData,
} from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
const tag = unique('s').replace(/[^a-z0-9]/g, '') // a word only this run's guides contain

beforeAll(async () => {
  payload = getPayload()
  const kubernetes = await payload.create({
    collection: 'technologies',
    data: technologyData({ name: `Kubernetes${tag}`, category: 'devops-tool' }),
  })
  const guide = (title: string, body: string, fields: Partial<NewData<'guides'>> = {}) =>
    payload.create({
      collection: 'guides',
      data: guideData({
        title,
        role: title.split(':')[0],
        _status: 'published',
        content: [
          sectionBlock('About the role', richText([{ type: 'paragraph', text: body }])),
          technologyGroupBlock([kubernetes.id], { category: 'devops-tool' }),
        ],
        ...fields,
      }),
    })
  await guide(`Platform Engineer ${tag}: Career Guide`, 'Platform engineers build internal developer platforms.')
  await guide(
    `Site Reliability Engineer ${tag}: Career Guide`,
    `Reliability work mentions platform engineer ${tag} only in passing.`,
  )
  await guide(`Hidden Draft ${tag}`, 'platform engineer draft text', { _status: 'draft' })
})

const titles = async (query: string) => (await searchGuides(payload, query)).map((hit) => hit.title)

describe('searchGuides', () => {
  it('ranks a title match above a mention in the body, and never returns drafts', async () => {
    const found = await titles(`platform engineer ${tag}`)
    expect(found).toEqual([`Platform Engineer ${tag}: Career Guide`, `Site Reliability Engineer ${tag}: Career Guide`])
  })

  it('matches technology names and word prefixes as the reader types', async () => {
    expect(await titles(`kubernetes${tag}`)).toHaveLength(2)
    expect(await titles(`Kuberne`)).toEqual(expect.arrayContaining([`Platform Engineer ${tag}: Career Guide`]))
    expect(await titles(`platf ${tag.slice(0, -2)}`)).toContain(`Platform Engineer ${tag}: Career Guide`)
  })

  it('tolerates a typo in a short query', async () => {
    const typo = `Platfrom ${tag}`
    expect(typo.length).toBeLessThanOrEqual(30)
    expect(await titles(typo)).toContain(`Platform Engineer ${tag}: Career Guide`)
  })

  it('highlights the matched words in the snippet, as plain text parts', async () => {
    const [hit] = await searchGuides(payload, `internal developer platforms ${tag}`)
    const marked = highlightParts(hit!.snippet)
      .filter((part) => part.marked)
      .map((part) => part.text.toLowerCase())
    expect(marked).toEqual(expect.arrayContaining(['internal', 'developer', 'platforms']))
  })

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['1,000 characters', 'a'.repeat(1000)],
    ['SQL', "'; DROP TABLE guides; --"],
    ['tsquery syntax', `'&|!():*\\ <-> !! & |`],
    ['only operators', '&&& ||| !!!'],
    ['a URL with & in its path', 'example.com/path&x?a=1&b=2 engineer'],
    ['unicode', 'Développeur 開発者 🚀 ﬁ'],
    ['NUL byte', 'engineer\u0000'],
    ['non-string', { $gt: '' }],
  ])('answers a %s query with a list, never an error', async (_name, query) => {
    await expect(searchGuides(payload, query)).resolves.toEqual(expect.any(Array))
  })
})

describe('searchGuides with many matches', () => {
  // In the body of every guide below; random, so that no other test's title is similar to it.
  const word = `zq${Math.random().toString(36).slice(2, 10).replace(/[0-9]/g, 'x')}`
  const bodyOnly: string[] = []
  let titled: string

  beforeAll(async () => {
    const create = async (title: string, body: string) => {
      await payload.create({
        collection: 'guides',
        data: guideData({
          title,
          role: 'Search tester',
          _status: 'published',
          content: [sectionBlock('About', richText([{ type: 'paragraph', text: body }]))],
        }),
      })
      return title
    }
    // The oldest has the word in its title; the five after it only in their text.
    titled = await create(`${word} Specialist: Career Guide`, `The ${word} specialist role.`)
    for (let i = 1; i <= 5; i++)
      bodyOnly.push(await create(`Search Tester ${i}: Career Guide`, `This role mentions ${word} once.`))
  })

  it('ranks only the newest matches, and the guides whose titles are closest to the query', async () => {
    const found = (await searchGuides(payload, word, { rankedMatches: 3 })).map((hit) => hit.title)
    expect(found[0]).toBe(titled)
    expect(found.slice(1).sort()).toEqual(bodyOnly.slice(-3).sort())
    // Without the cap every match is ranked.
    expect((await searchGuides(payload, word)).map((hit) => hit.title).sort()).toEqual([titled, ...bodyOnly].sort())
  })
})

describe('searchGuidesPage', () => {
  it('shows a page of the best matches and tells whether more guides match', async () => {
    const query = `platform engineer ${tag}`
    const best = `Platform Engineer ${tag}: Career Guide`
    await expect(searchGuidesPage(payload, query, { pageSize: 1 })).resolves.toEqual({
      hits: [expect.objectContaining({ title: best })],
      more: true,
    })
    const all = await searchGuidesPage(payload, query, { pageSize: 2 })
    expect(all.hits.map((hit) => hit.title)).toEqual([best, `Site Reliability Engineer ${tag}: Career Guide`])
    expect(all.more).toBe(false)
  })
})

describe('newest_published_guides_matching', () => {
  /** The plans PostgreSQL chose for the statements inside the function, as auto_explain logs them to the client. */
  async function innerPlans(query: string): Promise<string[]> {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    const plans: string[] = []
    client.on('notice', (notice) => plans.push(notice.message ?? ''))
    await client.connect()
    try {
      await client.query(`LOAD 'auto_explain'`)
      await client.query(
        `SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET client_min_messages = log`,
      )
      await client.query(`SELECT * FROM newest_published_guides_matching(to_tsquery('english', $1), 5)`, [query])
      return plans.filter((plan) => plan.includes('search_vector @@'))
    } finally {
      await client.end()
    }
  }

  // A small table is the case where PostgreSQL prefers to test every row; the function must not let it.
  it('finds the matches through the GIN index, however few guides there are', async () => {
    const [plan] = await innerPlans(tag)
    expect(plan).toContain('Bitmap Index Scan on guides_search_vector_idx')
    expect(plan).not.toMatch(/Seq Scan|guides__status_idx/)
  })
})

describe('fillMissingSearchText (after the migrations)', () => {
  it('gives guides saved before the search column their search text, so the body and technologies find them again', async () => {
    await drizzleOf(payload).execute(sql`UPDATE "guides" SET "search_text" = NULL WHERE "title" LIKE ${`%${tag}%`}`)
    const stale = await payload.find({ collection: 'guides', where: { title: { like: tag } }, limit: 0 })
    expect(stale.totalDocs).toBeGreaterThan(0)
    expect(await titles(`kubernetes${tag}`)).toEqual([])

    const filled = await fillMissingSearchText(payload)

    expect(filled).toBeGreaterThanOrEqual(stale.totalDocs)
    expect(await titles(`kubernetes${tag}`)).toHaveLength(2)
    expect(await fillMissingSearchText(payload)).toBe(0)
  })
})

describe('searchGuides snippets', () => {
  const word = unique('zdeep').replace(/[^a-z]/g, 'q') // one word, in no other guide

  it('highlights a match far into a long guide, from a window of its text', async () => {
    const filler = 'Career paths differ from team to team and year to year. '.repeat(150) // about 8,500 characters
    await payload.create({
      collection: 'guides',
      data: guideData({
        title: `Long Guide ${word}`,
        role: 'Long guide',
        _status: 'published',
        content: [
          sectionBlock('About', richText([{ type: 'paragraph', text: `${filler} Late mention of ${word} here.` }])),
        ],
      }),
    })
    const [hit] = await searchGuides(payload, word)
    const parts = highlightParts(hit!.snippet)
    expect(parts.filter((part) => part.marked).map((part) => part.text.toLowerCase())).toContain(word)
    expect(hit!.snippet.length).toBeLessThan(600)
  })

  it('highlights words of the query that stand far apart, beyond one window', async () => {
    const [first, second] = [`${word}first`, `${word}second`]
    const filler = 'Career paths differ from team to team and year to year. '.repeat(60) // about 3,400 characters
    await payload.create({
      collection: 'guides',
      data: guideData({
        title: 'Far apart',
        role: 'Far apart',
        _status: 'published',
        content: [
          sectionBlock(
            'About',
            richText([{ type: 'paragraph', text: `${filler} ${first} ${filler} ${second} ${filler}` }]),
          ),
        ],
      }),
    })
    const [hit] = await searchGuides(payload, `${first} ${second}`)
    const marked = highlightParts(hit!.snippet).filter((part) => part.marked)
    expect(marked.map((part) => part.text.toLowerCase())).toEqual(expect.arrayContaining([first]))
  })
})
