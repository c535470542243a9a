/**
 * `npm run bench [-- --url http://localhost:3000 --duration 10 --connections 32 --nginx]`: load on a running
 * production server (`npm run build && npm start`), measured with autocannon for a fixed time and
 * number of connections, everything in one run so that ratios compare like with like on a shared
 * machine. Prints req/s, p50, p99 and errors per target and its ratio to a static file served by the
 * same server, the guide page's client JavaScript, and the server's memory; writes it all as JSON
 * to bench/results/. Builds nothing and times nothing in the test suite: it prints numbers.
 * With --nginx it also runs deploy/nginx/careerpath.conf (Debian's nginx) in front of the server and
 * compares the guide from nginx's cache with nginx serving the same HTML as a file.
 *
 * The cache-miss target needs guides no one has requested yet: it publishes copies of the sample
 * guide under fresh slugs (noindex) in the site's database and deletes them afterwards.
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { z } from 'zod'
import { sql } from '@payloadcms/db-postgres'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { drizzleOf } from '@/lib/db/drizzle'
import { withoutIds } from '@/lib/seed/synthetic'
import { startBareNextServer } from './lib/bare-next'
import { bodyTree } from './lib/html-tree'
import { distinctClient, serverRssMb } from './lib/load'
import { NGINX, startNginx } from './lib/nginx'

const options = z
  .object({
    url: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
    duration: z.coerce.number().int().min(1).max(600).default(10),
    connections: z.coerce.number().int().min(1).max(1000).default(32),
    // 20 copies are timed one at a time; the rest feed the cache-miss load target, which needs some.
    misses: z.coerce.number().int().min(40).max(5000).default(300),
    slug: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('back-end-developer-career-guide'),
    // Also measure deploy/nginx in front: the guide from nginx's cache against nginx serving the same HTML as a file.
    nginx: z.boolean().default(false),
    // A WordPress serving the same guide (../shared/peers/wordpress): its uncached page, search and REST read, interleaved with ours.
    peer: z.url({ protocol: /^https?$/ }).optional(),
    // With --peer: also a bare Next.js page rendering our guide page's elements per request (scripts/lib/bare-next.ts).
    floor: z.boolean().default(false),
    'peer-slug': z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('back-end-developer-career-guide'),
  })
  .safeParse(
    parseArgs({
      options: {
        url: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        misses: { type: 'string' },
        slug: { type: 'string' },
        nginx: { type: 'boolean' },
        peer: { type: 'string' },
        floor: { type: 'boolean' },
        'peer-slug': { type: 'string' },
      },
    }).values,
  )
if (!options.success) {
  console.error(
    `bench: ${options.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
  )
  process.exit(2)
}
const { url: base, duration, connections, misses, slug, nginx: withNginx, peer, floor } = options.data
if (floor && !peer) {
  console.error('bench: --floor is measured beside WordPress: give --peer <its URL> too')
  process.exit(2)
}
const peerSlug = options.data['peer-slug']
if (withNginx && !fs.existsSync(NGINX)) {
  console.error(`bench: --nginx needs Debian's nginx at ${NGINX} (apt-get install -y nginx)`)
  process.exit(2)
}

interface Measured {
  name: string
  path: string
  requests: number
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
  ratioToStatic?: number
}

async function measure(
  name: string,
  pathOrPaths: string | (() => string),
  amount?: number,
  origin = base,
  /** What a generated path is, for the report. */
  label = '(a fresh guide each request)',
): Promise<Measured> {
  const fixed = typeof pathOrPaths === 'string' ? pathOrPaths : undefined
  const result = await autocannon({
    url: origin,
    connections,
    ...(amount ? { amount } : { duration }),
    requests: [
      {
        method: 'GET',
        setupRequest: (request: autocannon.Request) =>
          distinctClient({ ...request, path: fixed ?? (pathOrPaths as () => string)() }),
      },
    ],
  })
  return {
    name,
    path: fixed ?? label,
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function get(pathname: string) {
  const response = await fetch(base + pathname)
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    cache: response.headers.get('x-nextjs-cache'),
  }
}

/**
 * The JavaScript a reader's browser downloads for a page, by kind: the route's own chunks (this page
 * and its layouts: the comment form, the search box), shared chunks (React, Next's runtime, shared
 * components) and the polyfills, which modern browsers skip (`noModule`).
 */
async function clientJavaScript(pathname: string) {
  const html = (await get(pathname)).body.toString('utf8')
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!))]
  const kinds = { route: { kB: 0, gzipKB: 0 }, shared: { kB: 0, gzipKB: 0 }, polyfills: { kB: 0, gzipKB: 0 } }
  for (const source of sources) {
    const { body } = await get(source)
    const kind = source.includes('/chunks/app/')
      ? kinds.route
      : source.includes('/polyfills')
        ? kinds.polyfills
        : kinds.shared
    kind.kB += body.length / 1024
    kind.gzipKB += gzipSync(body).length / 1024
  }
  for (const kind of Object.values(kinds)) {
    kind.kB = Math.round(kind.kB)
    kind.gzipKB = Math.round(kind.gzipKB)
  }
  return { scripts: sources.length, ...kinds }
}

/**
 * (h) nginx serving the guide's HTML as a plain file, (i) the guide page from nginx's cache, both
 * through deploy/nginx/careerpath.conf in front of this server; (i) is given as a ratio to (h).
 */
async function measureBehindNginx(): Promise<Measured[]> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-bench-static-'))
  fs.writeFileSync(path.join(staticDir, 'guide.html'), (await get(guidePath)).body)
  const nginx = await startNginx({
    upstream: base,
    extraServerConfig: `    location = /bench-static/guide.html { alias ${staticDir}/guide.html; default_type text/html; }`,
  })
  try {
    for (let i = 0; i < 2; i++) await fetch(nginx.origin + guidePath).then((response) => response.arrayBuffer())
    const file = await measure(
      '(h) nginx: the same HTML as a static file',
      '/bench-static/guide.html',
      undefined,
      nginx.origin,
    )
    const page = await measure('(i) nginx: guide page from its cache', guidePath, undefined, nginx.origin)
    file.ratioToStatic = 1
    page.ratioToStatic = Math.round((page.reqPerSec / file.reqPerSec) * 100) / 100
    return [file, page]
  } finally {
    await nginx.stop()
    fs.rmSync(staticDir, { recursive: true, force: true })
  }
}

/** Guides published only for the side-by-side uncached target: enough for its duration at a few hundred req/s. */
const PEER_COPIES = Math.min(5000, duration * 60)

/** Words of the guide's text, for searches both sites can answer: two of them per search, every pair distinct. */
async function searchWords(guide: { title: string; searchText?: string | null }): Promise<string[]> {
  const words = `${guide.title} ${guide.searchText ?? ''}`.toLowerCase().match(/\p{L}{5,}/gu) ?? []
  return [...new Set(words)].slice(0, 80)
}

function* wordPairs(words: string[]) {
  for (;;) for (const a of words) for (const b of words) if (a !== b) yield `${a}+${b}`
}

interface Pair {
  name: string
  ours: Measured
  peer: Measured
  /** Ours divided by the peer's requests per second. */
  ratio: number
}

/**
 * The three paths no cache covers, measured on this site and on the peer one after the other, path
 * by path: a guide page rendered for the first time (the peer's uncached page), a search of two
 * words never searched before, and one guide over REST (ours a distinct guide each request).
 */
async function measureBesidePeer(peerUrl: string, fresh: string[], words: string[]) {
  const origin = peerUrl.replace(/\/$/, '')
  let reusedGuides = 0
  const unrequested = [...fresh]
  const nextFresh = () => unrequested.shift() ?? (reusedGuides++, fresh[reusedGuides % fresh.length]!)
  const ourSearches = wordPairs(words)
  const peerSearches = wordPairs(words)
  let restIndex = 0
  const pairs: Pair[] = []
  const pair = async (name: string, ours: () => Promise<Measured>, theirs: () => Promise<Measured>) => {
    const a = await ours()
    const b = await theirs()
    pairs.push({ name, ours: a, peer: b, ratio: Math.round((a.reqPerSec / Math.max(1, b.reqPerSec)) * 100) / 100 })
  }
  await pair(
    'uncached guide page',
    () =>
      measure(
        'ours: a guide no one requested',
        () => `/guides/${nextFresh()}`,
        undefined,
        base,
        '/guides/<unrequested>',
      ),
    () => measure('peer: its uncached page', `/${peerSlug}/`, undefined, origin),
  )
  await pair(
    'search',
    () =>
      measure(
        'ours: /search?q=…',
        () => `/search?q=${ourSearches.next().value}`,
        undefined,
        base,
        '/search?q=<two words>',
      ),
    () => measure('peer: /?s=…', () => `/?s=${peerSearches.next().value}`, undefined, origin, '/?s=<two words>'),
  )
  await pair(
    'one guide over REST',
    () =>
      measure(
        'ours: /api/guides?where[slug][equals]=…&depth=1',
        () => `/api/guides?where[slug][equals]=${fresh[restIndex++ % fresh.length]}&depth=1`,
        undefined,
        base,
        '/api/guides?where[slug][equals]=<a distinct guide>&depth=1',
      ),
    () => measure('peer: /wp-json/wp/v2/posts?slug=…', `/wp-json/wp/v2/posts?slug=${peerSlug}`, undefined, origin),
  )
  for (const { ours, peer } of pairs) {
    if (ours.non2xx || ours.errors) console.warn(`bench: ${ours.name}: ${ours.non2xx} non-2xx, ${ours.errors} errors`)
    if (peer.non2xx || peer.errors) console.warn(`bench: ${peer.name}: ${peer.non2xx} non-2xx, ${peer.errors} errors`)
  }
  return { pairs, reusedGuides }
}

/**
 * The floor under the uncached guide: a bare Next.js site (this project's next and react, the same
 * build mode) whose one page renders our guide page's elements on every request, with no data to
 * read, measured as the pair's: what Next and React alone allow for a page of that size on this host.
 */
async function measureFloor(peerPage: Measured) {
  const tree = bodyTree((await get(guidePath)).body.toString('utf8'))
  const bare = await startBareNextServer(process.cwd(), { tree })
  try {
    await Promise.all(Array.from({ length: 8 }, () => fetch(`${bare.origin}/`).then((r) => r.arrayBuffer())))
    const measured = await measure('bare Next.js: the guide elements, per request', '/', undefined, bare.origin)
    return { floor: measured, ratio: Math.round((measured.reqPerSec / Math.max(1, peerPage.reqPerSec)) * 100) / 100 }
  } finally {
    await bare.stop()
  }
}

const guidePath = `/guides/${slug}`
const restPath = `/api/guides?where[slug][equals]=${slug}&depth=1`
for (const pathname of ['/favicon.ico', guidePath]) {
  const { status } = await get(pathname)
  if (status !== 200) {
    console.error(
      `bench: ${base}${pathname} answered ${status}; start the site first (npm run build && npm start) and pass --url if it is not ${base}`,
    )
    process.exit(1)
  }
}

const payload = await cliPayload()
const runId = Date.now().toString(36)
const missSlugs: string[] = []
const created: string[] = []
try {
  // Warm every cached target, so that (b), (d) and (f) measure the cache, and the REST target, so
  // that Payload is loaded: each by 8 requests at once, on as many connections, which npm start's
  // primary hands to its workers in turn, so that no worker meets its first request under load.
  for (const pathname of [guidePath, '/', '/sitemap.xml', restPath])
    await Promise.all(Array.from({ length: 8 }, () => get(pathname)))

  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: slug } },
    depth: 0,
    showHiddenFields: true,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const sample = docs[0]
  if (!sample) throw new Error(`no guide has the slug "${slug}" (the sample content is seeded by npm start)`)
  // With --peer, more copies: the side-by-side uncached target runs for the full duration on guides no one has requested.
  const copies = misses + (peer ? PEER_COPIES : 0)
  process.stdout.write(`Publishing ${copies} copies of ${slug} for the cache-miss targets...\n`)
  for (let i = 0; i < copies; i++) {
    const copySlug = `bench-${runId}-${i}`
    const { createdAt: _c, updatedAt: _u, ...rest } = withoutIds(sample)
    await payload.create({
      collection: 'guides',
      overrideAccess: true,
      data: {
        ...rest,
        slug: copySlug,
        title: `${sample.title} (bench ${i})`,
        meta: { ...sample.meta, noindex: true },
        _status: 'published',
      },
    })
    missSlugs.push(copySlug)
    created.push(copySlug)
  }

  // Statistics as a site that grew to this size has them: just after the copies, PostgreSQL still
  // plans for the one guide it last counted (until autovacuum comes by), and a miss took 245 ms, not 60.
  await drizzleOf(payload).execute(sql`ANALYZE`)

  // One fresh guide, requested alone: how long rendering a guide takes without queueing behind others.
  const singleMiss: number[] = []
  for (const copySlug of missSlugs.splice(0, 20)) {
    const started = performance.now()
    const { status, cache } = await get(`/guides/${copySlug}`)
    singleMiss.push(performance.now() - started)
    if (status !== 200 || cache === 'HIT')
      throw new Error(`/guides/${copySlug} answered ${status} ${cache ?? ''}: not a rendered miss`)
  }
  singleMiss.sort((a, b) => a - b)

  const peerSlugs = peer ? missSlugs.splice(missSlugs.length - PEER_COPIES) : []
  const remaining = [...missSlugs]
  const results: Measured[] = []
  results.push(await measure('(a) static file, public/favicon.ico', '/favicon.ico'))
  results.push(await measure('(b) guide page, cached', guidePath))
  results.push(
    await measure('(c) guide page, cache miss', () => `/guides/${remaining.shift() ?? missSlugs[0]}`, remaining.length),
  )
  results.push(await measure('(d) home page /', '/'))
  results.push(await measure('(e) search /search?q=database', '/search?q=database'))
  results.push(await measure('(f) /sitemap.xml', '/sitemap.xml'))
  results.push(await measure('(g) REST /api/guides?where[slug][equals]=…', restPath))
  const baseline = results[0]!.reqPerSec
  for (const result of results) result.ratioToStatic = Math.round((result.reqPerSec / baseline) * 100) / 100

  const proxied = withNginx ? await measureBehindNginx() : []
  const sideBySide = peer ? await measureBesidePeer(peer, peerSlugs, await searchWords(sample)) : undefined
  const floorPage = peer && floor ? await measureFloor(sideBySide!.pairs[0]!.peer) : undefined
  const javascript = await clientJavaScript(guidePath)
  const report = {
    at: new Date().toISOString(),
    url: base,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    duration,
    connections,
    singleMissMs: {
      p50: Math.round(singleMiss[Math.floor(singleMiss.length / 2)]!),
      max: Math.round(singleMiss.at(-1)!),
    },
    results,
    behindNginx: proxied,
    ...(sideBySide && { peer: { url: peer, ...sideBySide, ...(floorPage && { floor: floorPage }) } }),
    guideClientJavaScript: javascript,
    serverRssMb: serverRssMb(base),
  }

  console.log(
    `\n${duration} s per target, ${connections} connections, ${report.machine.cpus} CPUs (the load generator shares them)\n`,
  )
  console.log(
    `${'target'.padEnd(46)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)} ${'× static'.padStart(9)}`,
  )
  for (const r of results) {
    console.log(
      `${r.name.padEnd(46)} ${String(r.reqPerSec).padStart(7)} ${String(r.p50Ms).padStart(7)} ${String(r.p99Ms).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)} ${r.ratioToStatic!.toFixed(2).padStart(9)}`,
    )
  }
  if (proxied.length) {
    console.log(`\nBehind deploy/nginx (its cache in front of this server):`)
    for (const r of proxied) {
      console.log(
        `${r.name.padEnd(46)} ${String(r.reqPerSec).padStart(7)} ${String(r.p50Ms).padStart(7)} ${String(r.p99Ms).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)} ${r.ratioToStatic!.toFixed(2).padStart(9)}`,
      )
    }
  }
  if (sideBySide) {
    console.log(
      `\nSide by side with ${peer} (interleaved, the same tool, connections and duration; every request a distinct URL but WordPress's page and REST read):`,
    )
    console.log(
      `${'path'.padEnd(28)} ${'ours req/s'.padStart(10)} ${'p99 ms'.padStart(7)} ${'peer req/s'.padStart(10)} ${'p99 ms'.padStart(7)} ${'ratio'.padStart(6)}  paths`,
    )
    for (const pair of sideBySide.pairs)
      console.log(
        `${pair.name.padEnd(28)} ${String(pair.ours.reqPerSec).padStart(10)} ${String(pair.ours.p99Ms).padStart(7)} ${String(pair.peer.reqPerSec).padStart(10)} ${String(pair.peer.p99Ms).padStart(7)} ${pair.ratio.toFixed(2).padStart(6)}  ${pair.ours.path} | ${pair.peer.path}`,
      )
    if (floorPage)
      console.log(
        `${'bare Next.js, same elements'.padEnd(28)} ${String(floorPage.floor.reqPerSec).padStart(10)} ${String(floorPage.floor.p99Ms).padStart(7)} ${''.padStart(10)} ${''.padStart(7)} ${floorPage.ratio.toFixed(2).padStart(6)}  the floor: Next and React alone, no data (÷ WordPress's uncached page above)`,
      )
    if (sideBySide.reusedGuides)
      console.log(
        `  (${sideBySide.reusedGuides} requests of the uncached target reused a guide: publish more with --misses)`,
      )
  }
  console.log(
    `\nA fresh guide rendered alone: p50 ${report.singleMissMs.p50} ms, slowest of 20 ${report.singleMissMs.max} ms`,
  )
  const kB = ({ kB, gzipKB }: { kB: number; gzipKB: number }) => `${kB} kB (${gzipKB} kB gzipped)`
  console.log(
    `Client JavaScript on the guide page (${javascript.scripts} scripts): the route's own ${kB(javascript.route)}, shared React/Next ${kB(javascript.shared)}, polyfills for old browsers only ${kB(javascript.polyfills)}`,
  )
  console.log(`Server memory (RSS) after the run: ${report.serverRssMb ?? 'unknown'} MB`)

  const dir = path.resolve('bench/results')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${report.at.replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
  console.log(`Written to ${path.relative(process.cwd(), file)}`)
} catch (error) {
  console.error(`bench: ${(error as Error).stack ?? error}`)
  process.exitCode = 1
} finally {
  if (created.length)
    await payload.delete({ collection: 'guides', where: { slug: { in: created } }, overrideAccess: true })
  await closePayloadAndExit(payload)
}
