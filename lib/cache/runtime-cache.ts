import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Where Next keeps pages and data the production server rendered at run time, inside the build folder. */
const RUNTIME_CACHE_DIRS = ['server/route-cache', 'cache/fetch-cache']
const IDENTITY_FILE = 'cache/careerpath-content-source'

/**
 * Empties the runtime cache. A server started for tests or audits, against its own database and SITE_URL,
 * must neither serve what another server cached there nor leave its own pages behind for the next `npm start`.
 */
export function clearRuntimeCache(buildDir = '.next'): void {
  for (const dir of RUNTIME_CACHE_DIRS) fs.rmSync(path.join(buildDir, dir), { recursive: true, force: true })
}

/** The database (without its password) and the site URL the cached pages were rendered from. */
export function contentSourceIdentity(databaseUrl: string, siteUrl: string): string {
  const url = new URL(databaseUrl)
  url.password = ''
  return createHash('sha256').update(`${url.toString()}\n${siteUrl}`).digest('hex')
}

/**
 * Without Redis, Next keeps its page and data cache on disk, and it outlives a restart: a server started
 * against another database (or SITE_URL) would first serve the previous one's pages. Empties the cache when
 * the content source differs from the one that filled it (or is unknown), and records the new one.
 * Returns whether it emptied the cache.
 */
export function forgetCacheOfOtherContent(identity: string, buildDir = '.next'): boolean {
  const file = path.join(buildDir, IDENTITY_FILE)
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined
  if (previous === identity) return false
  clearRuntimeCache(buildDir)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, identity)
  return true
}
