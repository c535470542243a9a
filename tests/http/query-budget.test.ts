import { beforeAll, describe, expect, it } from '@jest/globals'
import { readStatements } from '@/lib/db/statement-log'
import { SAMPLE_PATH, api, page } from './client'

/**
 * How many SQL statements a page costs, counted from the server's statement log (SQL_STATEMENT_LOG,
 * set by tests/setup/server.ts). Counting is deterministic where timing is not. Budgets: a cached
 * guide page 0, a guide page on a cache miss at most 7 (6, and one for its byline's author
 * profiles, read with the guide as its technologies and skills are), `/` at most 3, a comparison page
 * on a cache miss at most 3 (both guides in one find, their technologies, their skills).
 *
 * The log is the whole server's, so this relies on Jest running the HTTP test files one at a time
 * (one worker on this project's 2-core machines) and waits for the server to go quiet around each
 * request, so that work a previous request left running (a background regeneration) is not counted.
 */
const log = () => process.env.TEST_SQL_STATEMENT_LOG!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until no statement has been logged for `quietMs`, and returns how many there are. */
async function quietCount(quietMs = 700): Promise<number> {
  let count = readStatements(log()).length
  for (;;) {
    await sleep(quietMs)
    const now = readStatements(log()).length
    if (now === count) return count
    count = now
  }
}

/** The statements a request of `path` caused, including what it finished after answering. */
async function statementsFor(path: string) {
  const before = await quietCount()
  const response = await page(path)
  expect(response.status).toBe(200)
  await quietCount()
  return { statements: readStatements(log()).slice(before), cache: response.headers.get('x-nextjs-cache') }
}

/** Fails with the statements themselves, so that a broken budget says what was added. */
function expectWithinBudget(statements: string[], budget: number) {
  if (statements.length > budget)
    throw new Error(`${statements.length} SQL statements, budget ${budget}:\n${statements.join('\n')}`)
  expect(statements.length).toBeGreaterThan(0)
}

const BUDGET_SLUG = 'query-budget-tester'

beforeAll(async () => {
  // A guide like the sample: technologies and skills in blocks, a career path to another guide,
  // guides that share its technologies (related), neighbours by date, approved comments and a byline.
  const ids = async (collection: string) =>
    (await api<{ docs: { id: number }[] }>('GET', `/${collection}?limit=4&depth=0`)).json.docs.map((doc) => doc.id)
  const [technologies, skills, sample] = await Promise.all([
    ids('technologies'),
    ids('skills'),
    api<{ docs: { id: number; authors: number[]; reviewer: number }[] }>(
      'GET',
      '/guides?where[slug][equals]=back-end-developer-career-guide&depth=0',
    ),
  ])
  expect(technologies.length).toBeGreaterThanOrEqual(2)
  const content = [
    {
      blockType: 'technologyGroup',
      heading: 'Languages',
      headingLevel: '3',
      category: 'programming-language',
      technologies,
    },
    { blockType: 'skillList', heading: 'Soft skills', headingLevel: '2', skills },
    {
      blockType: 'careerPaths',
      heading: 'Where it leads',
      headingLevel: '2',
      items: [{ title: 'Back-end developer', guide: sample.json.docs[0]!.id }],
    },
  ]
  for (const [slug, title] of [
    [`${BUDGET_SLUG}-related`, 'Budget Related Guide'],
    [BUDGET_SLUG, 'Query Budget Tester: Complete Guide'],
  ] as const) {
    const created = await api<{ doc: { id: number } }>('POST', '/guides', {
      title,
      role: 'Budget Tester',
      slug,
      _status: 'published',
      content,
      // The sample's byline: an author and a reviewer, read with the guide.
      authors: sample.json.docs[0]!.authors,
      reviewer: sample.json.docs[0]!.reviewer,
    })
    expect(created.status === 201 ? 201 : created.json).toBe(201)
    if (slug === BUDGET_SLUG) {
      for (const body of ['First approved comment.', 'Second approved comment.']) {
        const comment = await api('POST', '/comments', {
          guide: created.json.doc.id,
          authorName: 'Reader',
          email: 'reader@example.com',
          body,
          status: 'approved',
        })
        expect(comment.status).toBe(201)
      }
    }
  }
})

describe('SQL statements per page', () => {
  it('renders a guide with a byline on a cache miss in at most 7 statements, then serves it from the cache with none', async () => {
    const miss = await statementsFor(`/guides/${BUDGET_SLUG}`)
    expect(miss.cache).not.toBe('HIT')
    // The page really shows what the statements read: related guide, career path, comments.
    const html = (await page(`/guides/${BUDGET_SLUG}`)).html
    expect(html).toContain('Budget Related Guide')
    expect(html).toContain('Second approved comment.')
    expect(html).toContain('Reviewed by <a href="/authors/daniel-okafor">Daniel Okafor</a>')
    expectWithinBudget(miss.statements, 7)

    const hit = await statementsFor(`/guides/${BUDGET_SLUG}`)
    expect(hit.cache).toBe('HIT')
    expect(hit.statements).toEqual([])
  })

  it('serves the cached sample guide with no statement', async () => {
    await page(SAMPLE_PATH)
    const hit = await statementsFor(SAMPLE_PATH)
    expect(hit.cache).toBe('HIT')
    expect(hit.statements).toEqual([])
  })

  it('renders a comparison of two guides on a cache miss in at most 3 statements, then none', async () => {
    // The two budget guides name the same technologies and skills; of one role, it is named by their titles.
    const path = `/compare/${BUDGET_SLUG}-vs-${BUDGET_SLUG}-related`
    const miss = await statementsFor(path)
    expect(miss.cache).not.toBe('HIT')
    const html = (await page(path)).html
    expect(html).toContain('<h1>Query Budget Tester: Complete Guide vs Budget Related Guide</h1>')
    expectWithinBudget(miss.statements, 3)

    const hit = await statementsFor(path)
    expect(hit.cache).toBe('HIT')
    expect(hit.statements).toEqual([])
  })

  it('renders / in at most 3 statements after a publish expired it, and none when cached', async () => {
    const regenerated = await statementsFor('/')
    expectWithinBudget(regenerated.statements, 3)
    const cached = await statementsFor('/')
    expect(cached.statements).toEqual([])
  })
})
