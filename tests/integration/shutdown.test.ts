import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readPostmaster } from '@/lib/db/embedded-discovery'
import { startEmbeddedServer } from '@/lib/db/embedded'
import { entryPoint } from '@/scripts/lib/entry-point'

/**
 * `npm start` and every script run through scripts/with-database.ts: on SIGTERM (a process manager
 * stopping the site) the command gets the signal, and the embedded PostgreSQL that this process
 * started is stopped cleanly (no lock file left, next start without recovery). Committed data
 * surviving a kill -9 is tested in embedded-postgres.test.ts.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-shutdown-'))
fs.chmodSync(dataDir, 0o755)

afterAll(async () => {
  const postmaster = readPostmaster(dataDir)
  if (postmaster) process.kill(postmaster.pid, 'SIGINT')
})

describe('stopping with SIGTERM', () => {
  it('passes the signal to the command and stops the embedded PostgreSQL it started', async () => {
    const marker = path.join(dataDir, 'command-got-sigterm')
    // The command stands for the site: it runs until it is told to stop, then says so and exits.
    const command = `node -e "process.on('SIGTERM', () => { require('fs').writeFileSync('${marker}', 'yes'); process.exit(0) }); console.log('ready ' + process.env.DATABASE_URL); setInterval(() => {}, 1000)"`
    const { DATABASE_URL: _ignored, ...env } = process.env
    const entry = entryPoint('scripts/with-database.ts', [command])
    const child = spawn(entry.command, entry.args, {
      env: { ...env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    for (let i = 0; i < 600 && !output.includes('ready postgres'); i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(output).toContain('ready postgres')
    const postmaster = readPostmaster(dataDir)
    expect(postmaster).toBeDefined()

    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(fs.readFileSync(marker, 'utf8')).toBe('yes')
    // Stopped, not abandoned: PostgreSQL removed its own lock file on a clean shutdown.
    expect(readPostmaster(dataDir)).toBeUndefined()
    expect(() => process.kill(postmaster!.pid, 0)).toThrow()

    // And it starts again from that folder.
    const again = await startEmbeddedServer({ dataDir })
    expect(again.owned).toBe(true)
    await again.stop()
  })
})
