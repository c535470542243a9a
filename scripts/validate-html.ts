/**
 * The W3C Nu HTML Checker (npm vnu-jar, needs Java) on one page of each type of the production
 * build: prints every error and exits non-zero if there is one.
 *
 *   npm run build && npm run validate:html            starts the production server (server.ts) itself (embedded or DATABASE_URL)
 *   npm run validate:html -- --url http://host:3000   checks a server that is already running
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { clearRuntimeCache, startSeededProductionServer, stopProcessGroup } from './lib/server'
import { vnuErrors } from './lib/vnu'

const SAMPLE_GUIDE = '/guides/back-end-developer-career-guide'
/** One page of each type, with the status it answers. */
const PAGES: [path: string, status: number][] = [
  ['/', 200],
  ['/guides', 200],
  [SAMPLE_GUIDE, 200],
  ['/technologies', 200],
  ['/technologies/postgresql', 200],
  ['/skills/problem-solving', 200],
  ['/search?q=developer', 200],
  ['/no-such-page', 404],
  ['/guides/no-such-guide', 404],
]

const urlArg = process.argv.indexOf('--url')
const givenUrl = urlArg === -1 ? undefined : process.argv[urlArg + 1]?.replace(/\/$/, '')
const server = givenUrl ? undefined : await startSeededProductionServer(SAMPLE_GUIDE)
const origin = givenUrl ?? server!.origin
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-html-'))
const problems: string[] = []
try {
  const files = new Map<string, string>()
  for (const [page, status] of PAGES) {
    const response = await fetch(origin + page, { redirect: 'manual' })
    if (response.status !== status) problems.push(`${page}: answered ${response.status}, expected ${status}`)
    const file = path.join(folder, `${files.size}.html`)
    fs.writeFileSync(file, await response.text())
    files.set(`file:${file}`, page)
  }
  for (const error of await vnuErrors([...files.keys()].map((url) => url.slice('file:'.length)))) {
    const page = files.get(error.url ?? '') ?? error.url ?? '?'
    problems.push(
      `${page} (line ${error.lastLine ?? '?'}): ${error.message}${error.extract ? `\n    ${error.extract.replace(/\s+/g, ' ').trim()}` : ''}`,
    )
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true })
  if (server) {
    await stopProcessGroup(server.child)
    clearRuntimeCache()
  }
}

if (problems.length) {
  console.error(
    `The Nu HTML Checker reports ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
  )
  process.exit(1)
}
console.log(`The Nu HTML Checker reports no errors on ${PAGES.length} pages: ${PAGES.map(([page]) => page).join(', ')}`)
