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

/** Resident memory of the process listening on `baseUrl`'s port (Linux), in MB; null when unknown. */
export function serverRssMb(baseUrl: string): number | null {
  try {
    const port = new URL(baseUrl).port || '80'
    const listening = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
    const pid = /pid=(\d+)/.exec(listening)?.[1]
    if (!pid) return null
    const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return rss ? Math.round(Number(rss) / 1024) : null
  } catch {
    return null
  }
}
