import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { entryPoint } from '../../scripts/lib/entry-point'

/** Far above what any script takes here (seeding, under CI's load, takes about 30 s). */
const SCRIPT_TIMEOUT_MS = 180_000

/**
 * Runs a TypeScript command-line script as `npm run` does (`node -C production scripts/run.mjs
 * <script> ...`) and returns its exit status and output. It is run once more, and only then, after
 * exit code 13 (Node's "unsettled top-level await") or three minutes without ending: how scripts
 * failed while loading Payload on Node 20 before scripts/run.mjs set the export condition that
 * avoids it (docs/decisions.md, scripts/run.mjs). A retry should no longer happen; when it does, the warning it
 * prints says so. Every script run this way is safe to repeat.
 */
export function runScript(
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
  { timeoutMs = SCRIPT_TIMEOUT_MS } = {},
): SpawnSyncReturns<string> {
  const entry = entryPoint(script, args)
  const run = () =>
    spawnSync(entry.command, entry.args, {
      env: { ...env },
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGTERM',
    })
  const first = run()
  const timedOut = (first.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
  if (first.status !== 13 && !timedOut) return first
  reportRetry(script, timedOut ? `still running after ${timeoutMs / 1000} s` : 'exit code 13', first.stderr ?? '')
  return run()
}

/** Says in the test output that a script ran twice, with where the first run got to, so a flake stays visible. */
function reportRetry(script: string, why: string, stderr: string): void {
  const tail = stderr
    .split('\n')
    .filter((line) => line.trim() && !line.includes('"level":30'))
    .slice(-8)
    .join('\n')
  console.warn(`${script}: ${why}; run once more. The first run's last output:\n${tail || '(nothing)'}`)
}

export interface ScriptResult {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  error?: Error
}

/**
 * `runScript` without blocking this process, for scripts that talk to a server running inside the
 * test itself (a blocked event loop could not answer them). Same timeout, same single retry.
 */
export async function runScriptAsync(
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
  { timeoutMs = SCRIPT_TIMEOUT_MS } = {},
): Promise<ScriptResult> {
  const run = () =>
    new Promise<ScriptResult & { timedOut: boolean }>((resolve) => {
      const entry = entryPoint(script, args)
      const child = spawn(entry.command, entry.args, { env: { ...env } })
      let stdout = ''
      let stderr = ''
      let timedOut = false
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.stderr.on('data', (chunk) => (stderr += chunk))
      const timer = setTimeout(() => {
        timedOut = true
        child.kill('SIGTERM')
      }, timeoutMs)
      child.on('error', (error) => resolve({ status: null, signal: null, stdout, stderr, error, timedOut }))
      child.on('close', (status, signal) => {
        clearTimeout(timer)
        resolve({ status, signal, stdout, stderr, timedOut })
      })
    })
  const first = await run()
  if (first.status !== 13 && !first.timedOut) return first
  reportRetry(script, first.timedOut ? `still running after ${timeoutMs / 1000} s` : 'exit code 13', first.stderr)
  return run()
}
