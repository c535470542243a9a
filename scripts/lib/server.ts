import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import { clearRuntimeCache } from '@/lib/cache/runtime-cache'
import { entryPoint, entryPointCommand } from './entry-point'

/** Helpers for scripts and tests that start the built site and talk to it. */

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Waits until `url` answers 2xx, failing early with the server's output if it exits. */
export async function waitForServer(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`)
}

/** Stops a server started with `detached: true` together with everything it started. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    return // already gone
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))])
}

export { clearRuntimeCache }

export interface NextServer {
  origin: string
  child: ChildProcess
  output: () => string
}

/**
 * The production server (server.ts) of the current build on a free loopback port, in production mode, with `env` (given
 * the server's own origin, e.g. for SITE_URL) over this process's environment. Detached, so that
 * `stopProcessGroup` ends it with everything it started. Resolves once `readyPath` answers 2xx.
 * `entry: 'scripts/cluster.ts'` starts it as `npm start` does: workers (WEB_CONCURRENCY) under a primary.
 */
export async function startNextServer(
  env: (origin: string) => Record<string, string | undefined>,
  {
    readyPath = '/robots.txt',
    timeoutMs = 90_000,
    onOutput,
    entry = 'server.ts',
    nodeFlags = [],
  }: {
    readyPath?: string
    timeoutMs?: number
    onOutput?: (chunk: Buffer) => void
    entry?: 'server.ts' | 'scripts/cluster.ts'
    /** More of Node's flags for the server's process (e.g. --cpu-prof, which NODE_OPTIONS may not carry). */
    nodeFlags?: string[]
  } = {},
): Promise<NextServer> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  let output = ''
  const { command, args } = entryPoint(entry, ['--port', String(port), '--hostname', '127.0.0.1'])
  const child = spawn(command, [...nodeFlags, ...args], {
    env: { ...process.env, SITE_URL: origin, ...env(origin), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const record = (chunk: Buffer) => {
    output += chunk
    onOutput?.(chunk)
  }
  child.stdout!.on('data', record)
  child.stderr!.on('data', record)
  await waitForServer(origin + readyPath, child, () => output, timeoutMs)
  return { origin, child, output: () => output }
}

/**
 * Waits until the server's output (from character `from` on) matches `pattern` and returns the
 * match, failing with the output if it does not in time or the server exits.
 */
export async function waitForOutput(
  server: NextServer,
  pattern: RegExp,
  { from = 0, timeoutMs = 90_000 } = {},
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = server.output().slice(from).match(pattern)
    if (match) return match
    if (server.child.exitCode !== null)
      throw new Error(`the server exited with ${server.child.exitCode} before printing ${pattern}:\n${server.output()}`)
    if (Date.now() > deadline)
      throw new Error(`the server did not print ${pattern} within ${timeoutMs / 1000} s:\n${server.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * The production server (server.ts) of the current build on a free loopback port over the embedded
 * database (or DATABASE_URL), migrated and seeded with the sample content, as `npm start` would run
 * it: for the audits (scripts/audit-lighthouse.ts, scripts/validate-html.ts). Resolves once
 * `readyPath` answers 2xx; `stopProcessGroup(child)` ends it.
 */
export async function startSeededProductionServer(readyPath: string): Promise<{ origin: string; child: ChildProcess }> {
  clearRuntimeCache()
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  let output = ''
  const { command, args } = entryPoint('scripts/with-database.ts', [
    entryPointCommand('scripts/migrate.ts', ['--seed']),
    entryPointCommand('server.ts', ['--port', String(port), '--hostname', '127.0.0.1']),
  ])
  const child = spawn(command, args, {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SITE_URL: origin,
      // An audit server, not a production one: a throwaway secret unless one is given.
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(24).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  await waitForServer(origin + readyPath, child, () => output, 120_000)
  return { origin, child }
}
