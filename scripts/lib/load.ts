import type autocannon from 'autocannon'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

/** Helpers for the load scripts (bench, soak). */

let requestNumber = 0
/** A distinct client address per request (RFC 2544 range), so the site's per-IP rate limits measure the page, not the limiter. */
export function distinctClient(request: autocannon.Request): autocannon.Request {
  const n = ++requestNumber
  request.headers = { ...request.headers, 'x-forwarded-for': `198.18.${(n >> 8) & 255}.${n & 255}` }
  return request
}

const rssKb = (pid: string) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
const childrenOf = (pid: string) =>
  fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)

/**
 * Resident memory of the process listening on `baseUrl`'s port (Linux) and of its children, in MB:
 * under `npm start` that is the primary (scripts/cluster.ts) and its workers. Null when unknown.
 */
export function serverRssMb(baseUrl: string): number | null {
  try {
    const port = new URL(baseUrl).port || '80'
    const listening = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
    const pid = /pid=(\d+)/.exec(listening)?.[1]
    if (!pid) return null
    const total = [pid, ...childrenOf(pid)].reduce((sum, each) => sum + rssKb(each), 0)
    return total ? Math.round(total / 1024) : null
  } catch {
    return null
  }
}
