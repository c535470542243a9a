import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { databaseName, dropDatabase, withClient, withDatabaseName } from '@/lib/db/connection'
import { runScript } from '../setup/run-script'
import { createTestDatabase, describeExit, destroyTestDatabase } from '../setup/test-database'

/**
 * `npm run backup` and `npm run restore`, run as scripts against real databases: a source database
 * with the sample guide, an approved comment whose text needs escaping and a media file, backed up
 * and restored into fresh databases, which must then hold exactly the same rows.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-backup-test-'))
const sourceDataDir = path.join(work, 'source')
// Every byte value, so that a media file that is not copied byte for byte shows.
const mediaBytes = Buffer.from(Array.from({ length: 512 }, (_, index) => index % 256))
const awkwardComment = 'Tabs\tnew\nlines, back\\slashes, "quotes", émoji 🚀, \\N and \\. and a ; DROP TABLE guides; --'
let sourceUrl: string
const otherDatabases: string[] = []

function databaseBeside(suffix: string): string {
  const url = withDatabaseName(sourceUrl, `${databaseName(sourceUrl)}_${suffix}`)
  otherDatabases.push(url)
  return url
}

/** Every row of every table the app owns, as text, per table: equal fingerprints mean equal contents. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
       AND tablename NOT IN ('payload_migrations', 'payload_locked_documents', 'payload_locked_documents_rels') ORDER BY tablename`,
    )
    const result: Record<string, string> = {}
    for (const { name } of tables) {
      const table = client.escapeIdentifier(name)
      const { rows } = await client.query<{ rows: string; digest: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${table} t`,
      )
      result[name] = `${rows[0]!.rows}:${rows[0]!.digest}`
    }
    return result
  })
}

async function databaseExists(url: string): Promise<boolean> {
  return withClient(withDatabaseName(url, 'postgres'), async (client) =>
    Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)])).rowCount),
  )
}

// Each run takes a few seconds; a run still going after a minute is the Node 20 loading stall
// (docs/decisions.md, scripts/run.mjs) and is run again, which must fit in the test's time.
const SCRIPT_TIMEOUT_MS = 60_000
const TEST_TIMEOUT_MS = 300_000

function run(script: 'backup' | 'restore', args: string[], databaseUrl: string, dataDir: string) {
  return runScript(
    `scripts/${script}.ts`,
    args,
    { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir },
    { timeoutMs: SCRIPT_TIMEOUT_MS },
  )
}

function backup(): string {
  const result = run('backup', ['--out', path.join(work, 'backups')], sourceUrl, sourceDataDir)
  if (result.status !== 0)
    throw new Error(`backup failed (${describeExit(result)}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout.trim()
}

beforeAll(async () => {
  sourceUrl = await createTestDatabase('bsrc')
  const seeded = runScript('scripts/migrate.ts', ['--seed'], {
    ...process.env,
    DATABASE_URL: sourceUrl,
    DATA_DIR: sourceDataDir,
  })
  if (seeded.status !== 0) throw new Error(`seeding failed (${describeExit(seeded)}):\n${seeded.stderr}`)
  await withClient(sourceUrl, (client) =>
    client.query(
      `INSERT INTO comments (guide_id, author_name, email, body, status) SELECT id, 'Ada', 'ada@example.com', $1, 'approved' FROM guides LIMIT 1`,
      [awkwardComment],
    ),
  )
  fs.mkdirSync(path.join(sourceDataDir, 'media', 'nested'), { recursive: true })
  fs.writeFileSync(path.join(sourceDataDir, 'media', 'nested', 'every-byte.bin'), mediaBytes)
})

afterAll(async () => {
  for (const url of otherDatabases) await dropDatabase(url)
  await destroyTestDatabase(sourceUrl)
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it(
    'restore a backup into a fresh database with every row and media file as they were',
    async () => {
      const file = backup()
      expect(path.basename(file)).toMatch(/^careerpath-\d{4}-\d\d-\d\dT[\d-]+Z\.tar\.gz$/)
      const targetUrl = databaseBeside('dst')
      const targetDataDir = path.join(work, 'target')

      const restored = run('restore', [file], targetUrl, targetDataDir)
      expect(restored.stderr).not.toMatch(/restore:/)
      expect(restored.status).toBe(0)
      expect(restored.stdout).toMatch(/Restored 1 guides and 1 media files/)

      const source = await fingerprint(sourceUrl)
      expect(Object.keys(source).length).toBeGreaterThan(20)
      expect(source.guides).toMatch(/^1:/)
      expect(source.comments).toMatch(/^1:/)
      expect(await fingerprint(targetUrl)).toEqual(source)
      const comment = await withClient(targetUrl, (client) =>
        client.query<{ body: string }>('SELECT body FROM comments'),
      )
      expect(comment.rows[0]!.body).toBe(awkwardComment)
      expect(fs.readFileSync(path.join(targetDataDir, 'media', 'nested', 'every-byte.bin')).equals(mediaBytes)).toBe(
        true,
      )
      // The generated search column is computed again: the restored guide is found by its words.
      const found = await withClient(targetUrl, (client) =>
        client.query(
          `SELECT id FROM guides WHERE search_vector @@ websearch_to_tsquery('english', 'back-end developer')`,
        ),
      )
      expect(found.rowCount).toBe(1)
      // The migrations are recorded, so `npm run migrate` has nothing left to do.
      const migrated = await withClient(targetUrl, (client) =>
        client.query<{ name: string }>('SELECT name FROM payload_migrations WHERE batch > 0'),
      )
      expect(migrated.rowCount).toBe(fs.readdirSync('migrations').filter((name) => /^\d.*\.ts$/.test(name)).length)
      // Sequences continue after the restored ids: a new row does not collide with one restored.
      const next = await withClient(targetUrl, (client) =>
        client.query<{ id: number; max: number }>(
          `INSERT INTO technologies (name, slug, category) VALUES ('Added After Restore', 'added-after-restore', 'other') RETURNING id, (SELECT max(id) FROM technologies) AS max`,
        ),
      )
      expect(next.rows[0]!.id).toBeGreaterThan(next.rows[0]!.max)
      expect(await databaseExists(withDatabaseName(targetUrl, `${databaseName(targetUrl)}_restore`))).toBe(false)
    },
    TEST_TIMEOUT_MS,
  )

  it(
    'refuse to restore over a database with content, and change nothing',
    async () => {
      const file = backup()
      const before = await fingerprint(sourceUrl)
      const refused = run('restore', [file], sourceUrl, sourceDataDir)
      expect(refused.status).toBe(1)
      expect(refused.stderr).toMatch(
        /Nothing was restored: the database \S+ has 1 guides and \d+ accounts and the media folder .* has files/,
      )
      expect(refused.stderr).toMatch(/--replace/)
      expect(await fingerprint(sourceUrl)).toEqual(before)
      expect(fs.readFileSync(path.join(sourceDataDir, 'media', 'nested', 'every-byte.bin')).equals(mediaBytes)).toBe(
        true,
      )
    },
    TEST_TIMEOUT_MS,
  )

  it(
    'refuse a damaged backup with a clear message, creating nothing',
    async () => {
      const file = backup()
      const damaged = path.join(work, 'damaged.tar.gz')
      const bytes = fs.readFileSync(file)
      fs.writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)))
      const targetUrl = databaseBeside('damaged')

      const refused = run('restore', [damaged], targetUrl, path.join(work, 'damaged-target'))
      expect(refused.status).toBe(1)
      expect(refused.stderr).toMatch(/could not be read as a Careerpath backup; it may be damaged or incomplete/)
      expect(await databaseExists(targetUrl)).toBe(false)
      expect(await databaseExists(withDatabaseName(targetUrl, `${databaseName(targetUrl)}_restore`))).toBe(false)

      const notABackup = path.join(work, 'notes.tar.gz')
      fs.writeFileSync(notABackup, 'just some text')
      expect(run('restore', [notABackup], targetUrl, path.join(work, 'damaged-target')).stderr).toMatch(
        /could not be read as a Careerpath backup/,
      )
      expect(
        run('restore', [path.join(work, 'missing.tar.gz')], targetUrl, path.join(work, 'damaged-target')).stderr,
      ).toMatch(/No backup file at/)
    },
    TEST_TIMEOUT_MS,
  )

  it(
    'with --replace, swap the current content for the backup and keep the old one under a new name',
    async () => {
      const file = backup()
      const targetUrl = databaseBeside('replaced')
      const targetDataDir = path.join(work, 'replaced')
      expect(run('restore', [file], targetUrl, targetDataDir).status).toBe(0)
      // Content added after the backup: --replace must take it away, and keep it in the old database.
      await withClient(targetUrl, (client) => client.query(`UPDATE guides SET title = 'Edited after the backup'`))
      fs.writeFileSync(path.join(targetDataDir, 'media', 'added-later.txt'), 'later')

      const replaced = run('restore', [file, '--replace'], targetUrl, targetDataDir)
      expect(replaced.status).toBe(0)
      expect(await fingerprint(targetUrl)).toEqual(await fingerprint(sourceUrl))
      expect(fs.existsSync(path.join(targetDataDir, 'media', 'added-later.txt'))).toBe(false)

      const previous = /kept as (\S+)\.$/m.exec(replaced.stdout)?.[1]
      expect(previous).toBeDefined()
      const previousUrl = withDatabaseName(targetUrl, previous!)
      otherDatabases.push(previousUrl)
      const titles = await withClient(previousUrl, (client) =>
        client.query<{ title: string }>('SELECT title FROM guides'),
      )
      expect(titles.rows).toEqual([{ title: 'Edited after the backup' }])
      const previousMedia = /media folder it replaced is kept as (.+)\.$/m.exec(replaced.stdout)?.[1]
      expect(fs.readFileSync(path.join(previousMedia!, 'added-later.txt'), 'utf8')).toBe('later')
    },
    TEST_TIMEOUT_MS,
  )
})
