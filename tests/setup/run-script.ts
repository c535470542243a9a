import { spawnSync, type SpawnSyncReturns } from 'node:child_process'

/**
 * Runs a TypeScript command-line script as a person would (`npx tsx <script> ...`) and returns its
 * exit status and output. Exit code 13 (Node's "unsettled top-level await") is run once more: it is
 * a known flake of Node 20's loader thread under load (README, "Known flake") that says nothing about
 * the script, and every script run this way is safe to repeat. Every other exit code is returned.
 */
export function runScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const run = () => spawnSync('npx', ['tsx', script, ...args], { env: { ...env }, encoding: 'utf8' })
  const first = run()
  return first.status === 13 ? run() : first
}
