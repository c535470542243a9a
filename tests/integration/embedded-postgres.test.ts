import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { openDatabase } from '@/lib/db/connection'
import { readPostmaster, runningEmbeddedServerUrl } from '@/lib/db/embedded-discovery'
import { startEmbeddedServer } from '@/lib/db/embedded'
import { currentDatabaseUrl } from '@/lib/db/url'

// A data folder of its own, outside the checkout, so this never touches development or test data.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-embedded-'))
fs.chmodSync(dataDir, 0o755)

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

afterAll(async () => {
  const running = await startEmbeddedServer({ dataDir })
  await running.stop()
  if (!running.owned) {
    const postmaster = readPostmaster(dataDir)
    if (postmaster) process.kill(postmaster.pid, 'SIGINT')
  }
})

describe('the embedded PostgreSQL', () => {
  it('is started by the first process and shared with the next ones', async () => {
    const first = await openDatabase({ dataDir })
    expect(first.embedded).toBe(true)
    await query(first.url, 'CREATE TABLE notes (body text); INSERT INTO notes VALUES ($$kept$$)')

    // A second process finds the running server instead of failing on the data folder's lock.
    const second = await startEmbeddedServer({ dataDir })
    expect(second.owned).toBe(false)
    expect(runningEmbeddedServerUrl(dataDir)).toBe(second.serverUrl)
    expect(currentDatabaseUrl({ dataDir })).toBe(first.url)
    await second.stop() // not the owner: a no-op
    expect(await query(first.url, 'SELECT body FROM notes')).toEqual([{ body: 'kept' }])

    await first.release()
    expect(runningEmbeddedServerUrl(dataDir)).toBeUndefined()
    expect(() => currentDatabaseUrl({ dataDir })).toThrow(/DATABASE_URL is unset and no embedded PostgreSQL runs/)
  })

  // How fast it starts is measured, not asserted: `npm run migrate` prints "ready in N ms".
  it('keeps its data across restarts', async () => {
    const again = await openDatabase({ dataDir })
    expect(again.embedded).toBe(true)
    expect(await query(again.url, 'SELECT body FROM notes')).toEqual([{ body: 'kept' }])
    await again.release()
  })

  it('recovers from a server that was killed and left its lock file behind', async () => {
    const victim = await openDatabase({ dataDir })
    const postmaster = readPostmaster(dataDir)!
    process.kill(postmaster.pid, 'SIGKILL')
    // Wait until the killed server and its backends are gone.
    for (let i = 0; i < 100 && (await portOpen(postmaster.port)); i++) await new Promise((r) => setTimeout(r, 100))
    await new Promise((r) => setTimeout(r, 500))
    // Its lock file is still there, naming a process that no longer exists.
    expect(readPostmaster(dataDir)?.pid).toBe(postmaster.pid)

    const recovered = await openDatabase({ dataDir })
    expect(await query(recovered.url, 'SELECT body FROM notes')).toEqual([{ body: 'kept' }])
    await recovered.release()
    await victim.release() // its server is gone: returns at once
  })
})

async function portOpen(port: number): Promise<boolean> {
  const net = await import('node:net')
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}
