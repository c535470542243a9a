import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Finding the embedded PostgreSQL that some process runs on a data folder, through PostgreSQL's own
 * `postmaster.pid`. Kept apart from the code that starts it, which only command-line entry points need.
 */
export const EMBEDDED_USER = 'postgres'
export const EMBEDDED_PASSWORD = 'postgres'

/** Whether every folder above `dir` lets other users (PostgreSQL's own account) through. */
function traversableByOthers(dir: string): boolean {
  for (let current = path.dirname(path.resolve(dir)); ; current = path.dirname(current)) {
    try {
      if ((fs.statSync(/*turbopackIgnore: true*/ current).mode & 0o001) === 0) return false
    } catch {
      // Not created yet: its parents decide.
    }
    if (current === path.dirname(current)) return true
  }
}

/**
 * The cluster lives in `<data folder>/postgres`. As root, PostgreSQL runs under its own account, which
 * cannot reach a checkout inside a private folder such as /root; the cluster then lives in a folder
 * of the system's temporary directory named after the data folder, so every process still agrees on it.
 */
export function clusterDir(dataDir: string): string {
  const inside = path.join(dataDir, 'postgres')
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || traversableByOthers(inside)) return inside
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12)
  return path.join(os.tmpdir(), `careerpath-postgres-${key}`)
}

export function serverUrl(port: number): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`
}

export interface Postmaster {
  pid: number
  port: number
  ready: boolean
}

/** Reads PostgreSQL's own lock file: pid on line 1, port on line 4, status on line 8. */
export function readPostmaster(dataDir: string): Postmaster | undefined {
  let text: string
  try {
    text = fs.readFileSync(/*turbopackIgnore: true*/ path.join(clusterDir(dataDir), 'postmaster.pid'), 'utf8')
  } catch {
    return undefined
  }
  const lines = text.split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0 || port <= 0) return undefined
  return { pid, port, ready: (lines[7] ?? '').trim() === 'ready' }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The URL of an embedded server that another process already runs on this data folder, if any.
 * Synchronous on purpose: `payload.config.ts` needs a connection string while it is being evaluated.
 */
export function runningEmbeddedServerUrl(dataDir: string): string | undefined {
  const postmaster = readPostmaster(dataDir)
  if (!postmaster || !postmaster.ready || !processAlive(postmaster.pid)) return undefined
  return serverUrl(postmaster.port)
}
