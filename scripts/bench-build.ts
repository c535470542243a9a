/**
 * `npm run bench:build`: runs the production build (`next build`, as `npm run build` does, against
 * the database `npm run bench:build` is given) and prints its wall time and the peak memory of the
 * whole process tree (the sum of every process's resident memory, sampled every 250 ms), against
 * the aim of under 3 minutes and under 3 GB. Prints numbers; asserts nothing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

/** Resident memory of `pid` and all its descendants, in MB, from /proc (Linux). */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      const parent = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0))
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const pending = [pid]
  while (pending.length) {
    const current = pending.pop()!
    total += rss.get(current) ?? 0
    pending.push(...(children.get(current) ?? []))
  }
  return Math.round(total / 1024)
}

const started = Date.now()
const build = spawn('npx', ['next', 'build', '--webpack'], { stdio: ['ignore', 'inherit', 'inherit'] })
let peakMb = 0
const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(build.pid!))), 250)
const code: number = await new Promise((resolve) => build.on('exit', (exitCode) => resolve(exitCode ?? 1)))
clearInterval(sampler)
const seconds = Math.round((Date.now() - started) / 100) / 10
console.log(
  `\nProduction build: ${seconds} s wall time (aim: under 180 s), peak memory of its process tree ${peakMb} MB (aim: under 3,072 MB), exit code ${code}`,
)
process.exit(code)
