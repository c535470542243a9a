/**
 * `npm start`'s process: a primary (node:cluster) running WEB_CONCURRENCY workers (default: one per
 * core), each the production server (server.ts) with its own heap cap, all on one port.
 *  - A worker that exits (a crash, running out of memory, a kill) is started again: at once if it
 *    had been running a while, after a wait doubling with each quick exit in a row otherwise
 *    (lib/http/restart-backoff.ts). A worker that exits before any worker served at all means the
 *    server cannot start (no build, a bad flag): the primary stops and exits 1.
 *  - SIGTERM or SIGINT is passed to every worker, which drains as server.ts does; the primary
 *    exits once they all have (0 when they all exited 0).
 *  - Scheduled publishing runs in worker 1 only (JOBS_AUTORUN off in the others), the rate-limit
 *    counts live here for all workers (lib/rate-limit/cluster.ts) unless REDIS_URL holds them, and
 *    a cache tag one worker expires is passed to the others (lib/http/worker-cache-tags.ts).
 *
 *   node -C production scripts/run.mjs scripts/cluster.ts [server.ts's flags: --port 3000 --hostname 0.0.0.0 --drain-seconds 25]
 */
import cluster, { type Worker } from 'node:cluster'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { contentSourceIdentity, forgetCacheOfOtherContent } from '@/lib/cache/runtime-cache'
import { env } from '@/lib/config/env'
import { nextRestart } from '@/lib/http/restart-backoff'
import { isTagsExpired } from '@/lib/http/worker-cache-tags'
import { rateLimitsForWorkers } from '@/lib/rate-limit/cluster'
import { nodeArgs } from './lib/entry-point'

// As in server.ts: the primary checks the environment the workers will see, so that a missing
// secret is one line here rather than every worker failing in turn.
Reflect.set(process.env, 'NODE_ENV', 'production')
const settings = env()
const count = settings.WEB_CONCURRENCY ?? os.availableParallelism()

// Before any worker serves: pages cached on disk from another database or SITE_URL are not this site's.
if (!settings.REDIS_URL && settings.DATABASE_URL) {
  const identity = contentSourceIdentity(settings.DATABASE_URL, settings.SITE_URL)
  if (forgetCacheOfOtherContent(identity))
    console.log('[cluster] page cache emptied: it was filled from another database or SITE_URL (or none known)')
}

cluster.setupPrimary({
  exec: fileURLToPath(new URL('./run.mjs', import.meta.url)),
  args: ['server.ts', ...process.argv.slice(2)],
  execArgv: nodeArgs('server.ts'),
})

interface Slot {
  number: number
  worker?: Worker
  startedAt: number
  quickExits: number
  restartTimer?: NodeJS.Timeout
}
const slots: Slot[] = Array.from({ length: count }, (_, i) => ({ number: i + 1, startedAt: 0, quickExits: 0 }))
const slotOf = new Map<Worker, Slot>()
let served = false
let stopping: NodeJS.Signals | undefined
let failed = false

function start(slot: Slot): void {
  slot.restartTimer = undefined
  slot.startedAt = Date.now()
  // Exactly one worker looks for due scheduled jobs; its replacement takes over its number.
  const worker = cluster.fork({
    CAREERPATH_WORKER: String(slot.number),
    JOBS_AUTORUN: slot.number === 1 ? settings.JOBS_AUTORUN : 'off',
  })
  slot.worker = worker
  slotOf.set(worker, slot)
  console.log(
    `worker ${worker.process.pid} started (${slot.number} of ${count}${slot.number === 1 && settings.JOBS_AUTORUN === 'on' ? ', runs scheduled jobs' : ''})`,
  )
}

const answerRateLimit = rateLimitsForWorkers()
cluster.on('message', (worker, message) => {
  if (isTagsExpired(message)) {
    for (const other of slotOf.keys()) if (other !== worker && other.isConnected()) other.send(message)
    return
  }
  answerRateLimit(message, (answer) => worker.isConnected() && worker.send(answer))
})

cluster.on('listening', (worker) => {
  served = true
  console.log(`worker ${worker.process.pid} serving (${slotOf.get(worker)?.number} of ${count})`)
})

function how(code: number | null, signal: string | null): string {
  if (signal === 'SIGABRT' || code === 134) return 'aborted (as V8 does when a worker runs out of memory)'
  return signal ? `killed by ${signal}` : `exited with code ${code}`
}

function stopWhenAllExited(): void {
  if (slots.some((slot) => slot.worker)) return
  console.log(`All workers stopped. Stopped`)
  process.exit(failed ? 1 : 0)
}

cluster.on('exit', (worker, code, signal) => {
  const slot = slotOf.get(worker)!
  slotOf.delete(worker)
  slot.worker = undefined
  if (stopping) {
    // A worker still starting has no handler yet and nothing in flight: the signal ends it, which is fine.
    if (code !== 0 && signal !== stopping) failed = true
    return stopWhenAllExited()
  }
  const uptimeMs = Date.now() - slot.startedAt
  if (!served) {
    console.error(
      `worker ${worker.process.pid} ${how(code, signal)} before any worker served: the server cannot start. Stopping`,
    )
    failed = true
    return stop('SIGTERM')
  }
  const restart = nextRestart(slot.quickExits, uptimeMs)
  slot.quickExits = restart.quickExits
  console.error(
    `worker ${worker.process.pid} ${how(code, signal)} after ${Math.round(uptimeMs / 1000)} s; starting another${restart.delayMs ? ` in ${restart.delayMs / 1000} s` : ''}`,
  )
  slot.restartTimer = setTimeout(() => start(slot), restart.delayMs)
})

function stop(signal: NodeJS.Signals): void {
  if (stopping) return
  stopping = signal
  console.log(
    `${signal}: passing it to ${slotOf.size} worker${slotOf.size === 1 ? '' : 's'}, which finish the requests in flight`,
  )
  for (const slot of slots) {
    clearTimeout(slot.restartTimer)
    slot.worker?.process.kill(signal)
  }
  stopWhenAllExited()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

for (const slot of slots) start(slot)
