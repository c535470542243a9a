/**
 * `npm run bench:profile -- --target guide|search|rest [--requests 400 --connections 8]`: where one
 * path's time goes. Starts the production server of the current build (server.ts, one process) under
 * V8's CPU profiler, sends the path `requests` times, every request a distinct URL (guides no one has
 * requested, two-word searches not made before, REST reads of distinct guides at `depth=1`), stops it
 * and prints, for the requests alone (the profile's samples between the first and the last): the
 * server's and PostgreSQL's CPU per request, the server's time by where the code comes from (a package,
 * the app's bundle, garbage collection) and the heaviest functions. Needs guides to read: run it on a
 * database with synthetic guides (`npm run seed:synthetic -- --guides 1000`).
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import { SourceMap } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { z } from 'zod'
import { SYNTHETIC_PREFIX } from '@/lib/seed/synthetic'
import { scriptArgs } from './lib/args'
import { distinctClient } from './lib/load'
import { clearRuntimeCache, startNextServer, stopProcessGroup } from './lib/server'

const args = scriptArgs(
  z.object({
    target: z.enum(['guide', 'search', 'rest']),
    requests: z.coerce.number().int().min(10).max(20_000).default(400),
    connections: z.coerce.number().int().min(1).max(64).default(8),
  }),
)

const databaseUrl = process.env.DATABASE_URL
/** A mistake in how the script was run: one line, exit code 2, no stack trace. */
function fail(message: string): never {
  console.error(`bench:profile: ${message}`)
  process.exit(2)
}
if (!databaseUrl) fail('DATABASE_URL is not set (run it through npm run bench:profile)')

/** Ticks of the kernel's clock per second, for /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = 100

/** CPU seconds used so far by processes whose command matches `name` (PostgreSQL's backends), or by one pid. */
function cpuSeconds(match: (pid: string, command: string) => boolean): number {
  let ticks = 0
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      if (!match(pid, command)) continue
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12]) // utime, stime
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / CLOCK_TICKS
}

const db = new pg.Pool({ connectionString: databaseUrl, max: 1 })
const { rows: guides } = await db.query<{ slug: string; words: string }>(
  `SELECT slug, left(coalesce(search_text, ''), 4000) AS words FROM guides
   WHERE _status = 'published' AND slug LIKE $1 ORDER BY id DESC LIMIT $2`,
  [`${SYNTHETIC_PREFIX}%`, args.requests + 20],
)
await db.end()
if (guides.length < args.requests + 20)
  fail(
    `${guides.length} published synthetic guides, ${args.requests + 20} needed (npm run seed:synthetic -- --guides ${args.requests + 20})`,
  )

const vocabulary = [...new Set(guides.flatMap((guide) => guide.words.toLowerCase().match(/\p{L}{5,}/gu) ?? []))]
const paths: Record<typeof args.target, (i: number) => string> = {
  guide: (i) => `/guides/${guides[i]!.slug}`,
  search: (i) =>
    `/search?q=${encodeURIComponent(`${vocabulary[i % vocabulary.length]} ${vocabulary[(i * 7 + 3) % vocabulary.length]}`)}`,
  rest: (i) => `/api/guides?where[slug][equals]=${guides[i]!.slug}&depth=1`,
}
const pathOf = paths[args.target]

const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-profile-'))
clearRuntimeCache()
const server = await startNextServer(() => ({ TRUSTED_PROXIES: '127.0.0.1', JOBS_AUTORUN: 'off' }), {
  nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=500'],
})
const serverPid = String(server.child.pid)
const postgresCpu = () => cpuSeconds((_, command) => command.startsWith('postgres'))
const serverCpu = () => cpuSeconds((pid) => pid === serverPid)

// Warm-up: Payload and the route's modules load on the first requests, which are not measured.
const WARM_UP = 20
let next = 0
let measured
try {
  for (let i = 0; i < WARM_UP; i++) await fetch(server.origin + pathOf(args.requests + i)).then((r) => r.arrayBuffer())
  const startedAt = process.hrtime.bigint()
  const before = { server: serverCpu(), postgres: postgresCpu() }
  const result = await autocannon({
    url: server.origin,
    connections: args.connections,
    amount: args.requests,
    requests: [{ method: 'GET', setupRequest: (request) => distinctClient({ ...request, path: pathOf(next++) }) }],
  })
  const after = { server: serverCpu(), postgres: postgresCpu() }
  measured = { result, startedAt, before, after, endedAt: process.hrtime.bigint() }
} finally {
  // The profile is written as the server exits; a failed run must not leave the server behind either.
  await stopProcessGroup(server.child, 30_000)
}
const { result, startedAt, before, after, endedAt } = measured

const files = fs.readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile'))
const largest = files
  .map((file) => path.join(profileDir, file))
  .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]
if (!largest) fail(`the server wrote no profile:\n${server.output().slice(-2000)}`)

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}
const profile = JSON.parse(fs.readFileSync(largest, 'utf8')) as {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}
fs.rmSync(profileDir, { recursive: true, force: true })

const sourceMaps = new Map<string, SourceMap | undefined>()
/** The source a bundled function was built from, through the chunk's source map (a build with CAREERPATH_PROFILE_BUILD=1). */
function originalPosition({ url, lineNumber, columnNumber }: ProfileNode['callFrame']) {
  if (!url.includes('/.next/server/')) return undefined
  if (!sourceMaps.has(url)) {
    const mapFile = `${url.replace(/^file:\/\//, '')}.map`
    sourceMaps.set(
      url,
      fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8'))) : undefined,
    )
  }
  const entry = sourceMaps.get(url)?.findEntry(lineNumber, columnNumber)
  return entry && 'originalSource' in entry ? entry : undefined
}
const originalSource = (frame: ProfileNode['callFrame']) => originalPosition(frame)?.originalSource

/** Where a function's code comes from: a package (its name), this project's own code, Node itself or V8's own work. */
function origin(frame: ProfileNode['callFrame']): string {
  const { functionName, url } = frame
  if (!url) return functionName.startsWith('(') ? functionName : 'V8 builtins'
  if (url.startsWith('node:')) return 'Node.js'
  const source = originalSource(frame) ?? url
  const compiled = /\/next\/dist\/compiled\/([^/]+)/.exec(source)
  if (compiled) return `next (compiled ${compiled[1]})`
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (inPackage) return inPackage[1]!
  if (source.includes('/.next/server/'))
    return 'the app bundle (.next/server; build with CAREERPATH_PROFILE_BUILD=1 to see inside)'
  if (url.includes('/node_modules/.cache/careerpath-scripts/')) return 'server.ts'
  const ours =
    /(?:webpack:\/\/[^/]*\/|\/work\/[^/]+\/)?\.?\/?((?:app|lib|collections|components|blocks|globals|fields|access)\/[^/]+)/.exec(
      source,
    )
  return ours ? `this project: ${ours[1]}` : source
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const fromUs = Number(startedAt / 1000n)
const toUs = Number(endedAt / 1000n)
let at = profile.startTime
const byOrigin = new Map<string, number>()
const byFunction = new Map<string, number>()
let busyUs = 0
let idleUs = 0
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0
  at += delta
  if (at < fromUs || at > toUs) continue
  const frame = byId.get(profile.samples[i]!)!.callFrame
  if (frame.functionName === '(idle)') {
    idleUs += delta
    continue
  }
  busyUs += delta
  const where = origin(frame)
  byOrigin.set(where, (byOrigin.get(where) ?? 0) + delta)
  const file = (originalSource(frame) ?? frame.url)
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/\.next\/server\//, '.next/server/')
    .replace(/^webpack:\/\/[^/]*\/\.?\/?/, '')
  const line = (originalPosition(frame)?.originalLine ?? frame.lineNumber) + 1
  const name = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${line}` : ''}`.trim()
  byFunction.set(name, (byFunction.get(name) ?? 0) + delta)
}

const requests = result.requests.total
const perRequest = (us: number) => (us / 1000 / requests).toFixed(2)
const share = (us: number) => `${((us / busyUs) * 100).toFixed(1)} %`
const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)

console.log(
  `\n${args.target}: ${requests} requests (${result.non2xx} non-2xx), ${args.connections} connections, ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
)
console.log(
  `CPU per request: server ${(((after.server - before.server) * 1000) / requests).toFixed(1)} ms (its JavaScript thread ${perRequest(busyUs)} ms busy, ${perRequest(idleUs)} ms idle), PostgreSQL ${(((after.postgres - before.postgres) * 1000) / requests).toFixed(1)} ms`,
)
console.log(`\nThe JavaScript thread's busy time by origin (ms per request, share):`)
for (const [where, us] of top(byOrigin, 16))
  console.log(`  ${perRequest(us).padStart(7)}  ${share(us).padStart(7)}  ${where}`)
console.log(`\nHeaviest functions by self time (ms per request, share):`)
for (const [name, us] of top(byFunction, 25))
  console.log(`  ${perRequest(us).padStart(7)}  ${share(us).padStart(7)}  ${name}`)
if (result.non2xx || result.errors) process.exitCode = 1
