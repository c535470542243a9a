import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { runScriptAsync } from '../setup/run-script'
import { api, page } from './client'

/**
 * Writes made by another process than the app server (the command-line importer, a script using
 * Payload's Local API) reach the running server at once: each write's hooks notify PostgreSQL,
 * and the server, listening, expires the pages (lib/cache/events). Without it the server keeps
 * serving what it had cached: a not-found page, lists, feed and sitemap, for as long as Next keeps
 * them (a year).
 */
const DEADLINE_MS = 3000
const databaseUrl = () => process.env.TEST_HTTP_DATABASE_URL!
const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}`

/** Polls `path` until `done` holds; returns how long that took, or fails after DEADLINE_MS. */
async function until(
  path: string,
  done: (response: Awaited<ReturnType<typeof page>>) => boolean,
  since = Date.now(),
): Promise<number> {
  for (;;) {
    const response = await page(path)
    if (done(response)) return Date.now() - since
    if (Date.now() - since > DEADLINE_MS)
      throw new Error(`${path} still not as expected ${DEADLINE_MS} ms after the write (status ${response.status})`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('a guide published by `npm run import -- --publish` while the site runs', () => {
  it('is served at once, although its address answered 404 (and was cached so) before', async () => {
    const slug = unique('cli-published')
    expect((await page(`/guides/${slug}`)).status).toBe(404)
    expect((await page(`/guides/${slug}`)).status).toBe(404)

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-cross-process-'))
    const file = path.join(dir, `${slug}.txt`)
    const sample = fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8')
    fs.writeFileSync(file, sample.replace('back-end-developer-career-guide\n', `${slug}\n`))
    const imported = await runScriptAsync('scripts/import.ts', [file, '--publish'], {
      ...process.env,
      DATABASE_URL: databaseUrl(),
    })
    expect(imported.stdout).toMatch(/created as published/)
    expect(imported.status).toBe(0)

    const delay = await until(`/guides/${slug}`, ({ status }) => status === 200)
    console.log(`/guides/${slug} answered 200 ${delay} ms after the importer exited`)
    expect((await page(`/guides/${slug}`)).html).toContain('<h1>')
  })
})

describe('a guide deleted by another process', () => {
  let payload: Payload
  beforeAll(async () => {
    // Payload in this test process, on the server's database: a writer that is not the server.
    process.env.DATABASE_URL = databaseUrl()
    process.env.PAYLOAD_SECRET = process.env.TEST_PAYLOAD_SECRET
    const { cliPayload } = await import('@/lib/db/cli-payload')
    payload = await cliPayload()
  })
  afterAll(async () => {
    const { closePayload } = await import('@/lib/db/close-payload')
    if (payload) await closePayload(payload)
  })

  it('leaves /guides, the sitemap, the feed and its neighbour’s previous and related links', async () => {
    const tag = unique('cross-process')
    const technology = await api<{ doc: { id: number } }>('POST', '/technologies', {
      name: `Cross Process Tool ${tag}`,
      category: 'other',
    })
    expect(technology.status).toBe(201)
    // Published just after each other, half a minute ago: the one before is the other's "previous"
    // (no other guide is dated between them), and both are on the first page of /guides.
    const at = Date.now() - 30_000
    const create = async (name: string, publishedAt: number) => {
      const slug = `${tag}-${name}`
      const created = await api<{ doc: { id: number } }>('POST', '/guides', {
        title: `Cross Process ${name}`,
        role: 'Cross Process Tester',
        slug,
        _status: 'published',
        publishedAt: new Date(publishedAt).toISOString(),
        content: [
          {
            blockType: 'technologyGroup',
            heading: 'Tools',
            headingLevel: '2',
            category: 'other',
            technologies: [technology.json.doc.id],
          },
        ],
      })
      expect(created.status).toBe(201)
      return { id: created.json.doc.id, slug, link: `/guides/${slug}` }
    }
    const deleted = await create('deleted', at)
    const neighbour = await create('neighbour', at + 1)

    const shown = async () => ({
      list: (await page('/guides')).html.includes(`href="${deleted.link}"`),
      sitemap: (await page('/sitemap.xml')).html.includes(`${deleted.link}</loc>`),
      feed: (await page('/feed.xml')).html.includes(`${deleted.link}</link>`),
      previous:
        /<a\b[^>]*\brel="prev"[^>]*>/.exec((await page(neighbour.link)).html)?.[0].includes(`href="${deleted.link}"`) ??
        false,
      linked: (await page(neighbour.link)).html.includes(`href="${deleted.link}"`),
    })
    // Everything cached, and showing it (twice: the second answers come from the caches).
    await shown()
    const before = await shown()
    expect(before).toEqual({ list: true, sitemap: true, feed: true, previous: true, linked: true })

    await payload.delete({ collection: 'guides', id: deleted.id })
    const since = Date.now()
    const gone = { list: false, sitemap: false, feed: false, previous: false, linked: false }
    let now = await shown()
    while (JSON.stringify(now) !== JSON.stringify(gone) && Date.now() - since < DEADLINE_MS) now = await shown()
    console.log(`a deleted guide left every page ${Date.now() - since} ms after the delete`)
    expect(now).toEqual(gone)
    expect((await page(deleted.link)).status).toBe(404)
  })
})
