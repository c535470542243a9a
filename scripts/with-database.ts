/**
 * Runs commands one after another with a database available: DATABASE_URL when it is set, else the
 * embedded PostgreSQL in the data folder (started here unless another process already runs it, and
 * stopped again when the last command ends if this process started it).
 *
 *   node -C production scripts/run.mjs scripts/with-database.ts "node -C production scripts/run.mjs scripts/migrate.ts --seed" "next dev"
 *
 * Arguments after a `--` are appended to the last command, so `npm run x -- --flag` reaches it.
 */
import { spawn } from 'node:child_process'
import { openDatabase } from '@/lib/db/connection'
import { env } from '@/lib/config/env'

const separator = process.argv.indexOf('--')
const commands = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator)
const extraArgs = separator === -1 ? [] : process.argv.slice(separator + 1)
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`
if (extraArgs.length && commands.length) commands.push(`${commands.pop()} ${extraArgs.map(quote).join(' ')}`)
if (commands.length === 0) {
  console.error('usage: node -C production scripts/run.mjs scripts/with-database.ts "<command>" ["<command>" ...]')
  process.exit(2)
}

const settings = env()
const startedAt = Date.now()
const database = await openDatabase({
  databaseUrl: settings.DATABASE_URL,
  dataDir: settings.DATA_DIR,
  log: process.env.DEBUG_POSTGRES ? (line) => console.error(`[postgres] ${line}`) : undefined,
}).catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
if (database.embedded) {
  console.log(`Embedded PostgreSQL ready in ${Date.now() - startedAt} ms (data in ${settings.DATA_DIR})`)
}

let current: ReturnType<typeof spawn> | undefined
let stopping = false

// The terminal sends Ctrl+C to the whole process group; forward other signals (e.g. from a process manager) ourselves.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping = true
    current?.kill(signal)
  })
}

function run(command: string): Promise<number> {
  return new Promise((resolve) => {
    // `exec` makes the command the shell itself, so forwarded signals reach it rather than only `sh`.
    current = spawn(`exec ${command}`, {
      shell: true,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: database.url },
    })
    current.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    current.on('error', () => resolve(1))
  })
}

let exitCode = 0
for (const command of commands) {
  exitCode = await run(command)
  if (exitCode !== 0 || stopping) break
}
await database.release()
process.exit(exitCode)
