/**
 * `npm run build && npm run bench:scale [-- --levels 100,1000,10000,100000 --keep]`: how the pages that
 * read the database behave as the number of guides grows. In a database of its own (on DATABASE_URL's
 * server or the embedded one) it adds synthetic guides up to each level (`seed:synthetic`), starts
 * the production build against it with an empty page cache, and times what a cache miss costs: a
 * guide page, `/`, the first and last pages of /guides, a technology page, search, /sitemap.xml and
 * each sitemap file it lists. Prints each level's numbers and their ratio to the first level; writes
 * JSON to bench/results/.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { z } from 'zod'
import { dropDatabase, ensureDatabaseExists, withDatabaseName } from '@/lib/db/connection'
import { clearRuntimeCache, startNextServer, stopProcessGroup } from './lib/server'
import { entryPoint } from './lib/entry-point'

const parsed = z
  .object({
    levels: z
      .string()
      .default('100,1000,10000,100000')
      .transform((value) => value.split(',').map(Number))
      .pipe(z.array(z.number().int().min(1).max(1_000_000)).min(1)),
    keep: z.boolean().default(false),
  })
  .safeParse(parseArgs({ options: { levels: { type: 'string' }, keep: { type: 'boolean' } } }).values)
if (!parsed.success) {
  console.error(
    `bench:scale: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
  )
  process.exit(2)
}
const { levels, keep } = parsed.data
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('bench:scale: no production build; run `npm run build` first.')
  process.exit(1)
}
const serverUrl = process.env.DATABASE_URL
if (!serverUrl) {
  console.error('bench:scale: run it through `npm run bench:scale`, which provides the database.')
  process.exit(1)
}
const databaseUrl = withDatabaseName(serverUrl, 'careerpath_bench_scale')

function run(script: string, args: string[]) {
  const entry = entryPoint(script, args)
  const result = spawnSync(entry.command, entry.args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
let requestNumber = 0

/** Milliseconds to the whole body; a distinct client address each, so rate limits do not interfere. */
async function timed(url: string): Promise<{ ms: number; bytes: number; body: string }> {
  const n = ++requestNumber
  const started = performance.now()
  const response = await fetch(url, { headers: { 'x-forwarded-for': `198.19.${(n >> 8) & 255}.${n & 255}` } })
  const body = await response.arrayBuffer()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return { ms, bytes: body.byteLength, body: Buffer.from(body).toString('utf8') }
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)

async function measureLevel(level: number) {
  clearRuntimeCache()
  const { origin, child } = await startNextServer(
    () => ({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      JOBS_AUTORUN: 'off',
      TRUSTED_PROXIES: '127.0.0.1',
    }),
    {
      timeoutMs: 120_000,
    },
  )
  try {
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    const slugs = (
      await db.query<{ slug: string }>(
        `SELECT slug FROM guides WHERE slug LIKE 'synthetic-%' ORDER BY md5(slug) LIMIT 16`,
      )
    ).rows.map((row) => row.slug)
    const lastPage = Math.max(
      1,
      Math.ceil(Number((await db.query(`SELECT count(*) FROM guides WHERE _status = 'published'`)).rows[0].count) / 24),
    )
    await db.end()

    // One guide first, not measured: it loads Payload and the page code, which a fresh server does once.
    await timed(`${origin}/guides/${slugs.shift()}`)
    // The first request of each page on a fresh server is a miss: its data is read from PostgreSQL.
    const home = await timed(`${origin}/`)
    const guides: number[] = []
    for (const slug of slugs) guides.push((await timed(`${origin}/guides/${slug}`)).ms)
    const firstList = await timed(`${origin}/guides`)
    const list = await timed(`${origin}/guides?page=${lastPage}`)
    const technology = await timed(`${origin}/technologies/postgresql`)
    const searches: number[] = []
    for (const q of [
      'data engineer',
      'kubernetes',
      'cloud architect',
      'postgres',
      'security analyst 3',
      'machine learning',
      'devop',
      'firmware',
      'rest api',
      'docker compose',
    ]) {
      searches.push((await timed(`${origin}/search?q=${encodeURIComponent(q)}`)).ms)
    }
    const sitemap = await timed(`${origin}/sitemap.xml`)
    // Each numbered file the index lists (none while /sitemap.xml is the sitemap itself), as a miss.
    const files: { ms: number; bytes: number }[] = []
    for (const loc of sitemap.body.includes('<sitemapindex') ? locs(sitemap.body) : []) {
      files.push(await timed(`${origin}${new URL(loc).pathname}`))
    }
    const fileTimes = files.length ? files.map((file) => file.ms) : [sitemap.ms]
    return {
      guides: level,
      guidePageMissP50Ms: Math.round(median(guides)),
      homeMissMs: Math.round(home.ms),
      firstListPageMissMs: Math.round(firstList.ms),
      lastListPageMissMs: Math.round(list.ms),
      technologyPageMissMs: Math.round(technology.ms),
      searchP50Ms: Math.round(median(searches)),
      sitemapMissMs: Math.round(sitemap.ms),
      sitemapKB: Math.round(sitemap.bytes / 1024),
      sitemapFiles: files.length || 1,
      sitemapFileMaxMs: Math.round(Math.max(...fileTimes)),
      sitemapFileP50Ms: Math.round(median(fileTimes)),
      sitemapFileMaxKB: Math.round(Math.max(...(files.length ? files : [sitemap]).map((file) => file.bytes)) / 1024),
      sitemapFilesMs: fileTimes.map(Math.round),
    }
  } finally {
    await stopProcessGroup(child)
    clearRuntimeCache()
  }
}

// From empty, so that each level holds exactly its number of guides (a run stopped half way leaves some).
await dropDatabase(databaseUrl)
await ensureDatabaseExists(databaseUrl)
const rows: Awaited<ReturnType<typeof measureLevel>>[] = []
try {
  run('scripts/migrate.ts', ['--seed'])
  for (const level of levels) {
    const started = performance.now()
    process.stdout.write(`Seeding ${level} synthetic guides... `)
    const seeded = run('scripts/seed-synthetic.ts', ['--guides', String(level)])
      .trim()
      .split('\n')
      .at(-1)
    process.stdout.write(`${((performance.now() - started) / 1000).toFixed(0)} s (${seeded}); measuring\n`)
    rows.push(await measureLevel(level))
  }
} finally {
  if (!keep) await dropDatabase(databaseUrl)
}

const columns = Object.keys(rows[0]!).filter((key) => key !== 'guides' && key !== 'sitemapFilesMs') as Exclude<
  keyof (typeof rows)[number],
  'sitemapFilesMs'
>[]
console.log(
  `\n${'metric'.padEnd(24)}${levels.map((level) => `${level} guides`.padStart(14)).join('')}${`× at ${levels.at(-1)}`.padStart(14)}`,
)
for (const column of columns) {
  const values = rows.map((row) => row[column])
  console.log(
    `${column.padEnd(24)}${values.map((value) => String(value).padStart(14)).join('')}${(values.at(-1)! / Math.max(1, values[0]!)).toFixed(1).padStart(14)}`,
  )
}
const dir = path.resolve('bench/results')
fs.mkdirSync(dir, { recursive: true })
const file = path.join(dir, `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), levels: rows }, null, 2) + '\n')
console.log(`Written to ${path.relative(process.cwd(), file)}`)
