import { spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { clearRuntimeCache, startNextServer, stopProcessGroup } from '../../scripts/lib/server'
import { runScript } from './run-script'
import { createTestDatabase, describeExit, destroyTestDatabase } from './test-database'

/**
 * Serves the production build against a fresh, migrated and seeded database. Builds first when
 * there is no build or a source file is newer than it, so the pages tested are the current code.
 */
declare global {
  var __httpServer: { process: ChildProcess; databaseUrl: string } | undefined
}

const SOURCES = [
  'app',
  'blocks',
  'components',
  'collections',
  'lib',
  'migrations',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
]

function newestSourceChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestSourceChange(path.join(entry, name))))
}

function buildIsCurrent(): boolean {
  const buildId = path.resolve('.next/BUILD_ID')
  if (!fs.existsSync(buildId)) return false
  return fs.statSync(buildId).mtimeMs > Math.max(...SOURCES.map((source) => newestSourceChange(path.resolve(source))))
}

const SECRET = 'http-tests-secret-that-is-long-enough-0123456789'

export async function startServer() {
  const databaseUrl = await createTestDatabase('http')
  const seed = runScript('scripts/migrate.ts', ['--seed'], { ...process.env, DATABASE_URL: databaseUrl })
  if (seed.status !== 0)
    throw new Error(`Seeding the test database failed (${describeExit(seed)}):\n${seed.stdout}\n${seed.stderr}`)
  const fixtures = {
    TEST_DRAFT_SLUG: 'an-unpublished-draft',
    TEST_EDITOR_EMAIL: 'editor@example.com',
    TEST_EDITOR_PASSWORD: 'http-tests-editor-password',
  }
  const created = runScript('tests/setup/http-fixtures.ts', Object.values(fixtures), {
    ...process.env,
    DATABASE_URL: databaseUrl,
  })
  if (created.status !== 0)
    throw new Error(
      `Creating the HTTP test fixtures failed (${describeExit(created)}):\n${created.stdout}\n${created.stderr}`,
    )
  Object.assign(process.env, fixtures)

  if (!buildIsCurrent()) {
    process.stdout.write('\nBuilding the site for the HTTP tests (next build)...\n')
    const build = spawnSync('npx', ['next', 'build', '--webpack'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    })
    if (build.status !== 0)
      throw new Error(`next build failed (${describeExit(build)}):\n${build.stdout}\n${build.stderr}`)
  }

  clearRuntimeCache()
  // Every SQL statement the server sends, for the query budgets (tests/http/query-budget.test.ts).
  // With DATABASE_URL set nothing else makes the folder (the embedded database lives beside it).
  fs.mkdirSync(path.resolve('.data/test'), { recursive: true })
  const statementLog = path.resolve('.data/test/sql-statements.log')
  fs.rmSync(statementLog, { force: true })
  // Kept in a file too, so that a failing HTTP test can be read against what the server said.
  const log = fs.createWriteStream(path.resolve('.data/test/next-server.log'))
  // SITE_URL is the server's own address (the helper's default): a browser test signs in to the
  // admin there, and Payload trusts a session cookie only from its SITE_URL origin (csrf).
  const { origin, child } = await startNextServer(
    () => ({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: SECRET,
      SQL_STATEMENT_LOG: statementLog,
      // No scheduled-publishing poll every minute: the query budgets count every statement the
      // server sends, and no HTTP test relies on the schedule (tests/integration covers it).
      JOBS_AUTORUN: 'off',
      // Longer than the default second, so that tests of kept pages (page-microcache.test.ts) do
      // not depend on how fast a loaded machine answers; publishes drop kept pages either way.
      PAGE_MICROCACHE_MS: '5000',
      // The tests connect from loopback as the proxy in front would, and name a client of their own
      // in X-Forwarded-For (tests/http/client.ts), so that each sign-in has its own rate-limit budget.
      TRUSTED_PROXIES: '127.0.0.1,::1',
    }),
    // Ready means serving a guide page, which needs the database, not just listening.
    { readyPath: '/guides/back-end-developer-career-guide', timeoutMs: 60_000, onOutput: (chunk) => log.write(chunk) },
  )
  globalThis.__httpServer = { process: child, databaseUrl }
  process.env.TEST_BASE_URL = origin
  // The server's process, for tests that read its memory (/proc/<pid>/status).
  process.env.TEST_SERVER_PID = String(child.pid)
  process.env.TEST_SITE_URL = origin
  process.env.TEST_PAYLOAD_SECRET = SECRET
  process.env.TEST_SQL_STATEMENT_LOG = statementLog
  // Not TEST_DATABASE_URL: that is the integration project's, and both global set-ups share one environment.
  process.env.TEST_HTTP_DATABASE_URL = databaseUrl
}

export async function stopServer() {
  const server = globalThis.__httpServer
  if (!server) return
  await stopProcessGroup(server.process)
  clearRuntimeCache()
  await destroyTestDatabase(server.databaseUrl)
}
