import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { entryPoint } from '@/scripts/lib/entry-point'
import { startNextServer, stopProcessGroup, waitForOutput, type NextServer } from '@/scripts/lib/server'
import { editorHeaders, SAMPLE_PATH, testClientIp } from './client'

/**
 * `npm start`'s primary (scripts/cluster.ts) with two workers, as in production: a worker killed
 * with SIGKILL under load costs only the requests it had in flight, the other worker serves on, and
 * the primary starts a replacement, which serves in turn (the second kill shows it). Workers keep
 * the heap cap and exactly one runs scheduled jobs; the rate limits count across workers.
 */
let server: NextServer

beforeAll(async () => {
  server = await startNextServer(
    () => ({
      DATABASE_URL: process.env.TEST_HTTP_DATABASE_URL,
      PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
      WEB_CONCURRENCY: '2',
      JOBS_AUTORUN: 'on',
      SQL_STATEMENT_LOG: '',
    }),
    { entry: 'scripts/cluster.ts' },
  )
  await Promise.all([servingPid(1), servingPid(2)])
}, 180_000)

afterAll(async () => {
  if (server) await stopProcessGroup(server.child, 30_000)
})

/** The first worker serving as number `slot` in the output from character `from` on. */
const servingPid = (slot: number, from = 0) =>
  waitForOutput(server, new RegExp(`worker (\\d+) serving \\(${slot} of 2\\)`), { from }).then((match) =>
    Number(match[1]),
  )

function workerPids(): number[] {
  const pid = server.child.pid!
  return fs
    .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .sort()
}

const environOf = (pid: number) => fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
const commandLineOf = (pid: number) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')

/** One GET on a connection of its own, so that the primary's round-robin spreads requests, not connections. */
function getOnce(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.origin)
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path, agent: false, timeout: 20_000 }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.once('end', () => resolve({ status: response.statusCode!, body }))
      response.once('error', reject)
    })
    request.once('timeout', () => request.destroy(new Error('no answer in 20 s')))
    request.once('error', reject)
  })
}

interface Attempt {
  startedAt: number
  endedAt: number
  status?: number
  error?: string
}

/** `connections` loops of requests until `until` resolves: each loop has at most one request in flight. */
async function load(connections: number, until: Promise<unknown>): Promise<Attempt[]> {
  const attempts: Attempt[] = []
  let done = false
  void until.finally(() => (done = true))
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!done) {
        const startedAt = Date.now()
        const outcome = await getOnce(SAMPLE_PATH).then(
          ({ status }) => ({ status }),
          (error: Error) => ({ error: error.message }),
        )
        attempts.push({ startedAt, endedAt: Date.now(), ...outcome })
      }
    }),
  )
  return attempts
}

const failed = (attempt: Attempt) => attempt.status !== 200

describe('workers under a primary', () => {
  it('start with the heap cap each, and only worker 1 runs scheduled jobs', async () => {
    const [first, second] = [await servingPid(1), await servingPid(2)]
    expect(workerPids()).toEqual([first, second].sort())
    for (const pid of [first, second]) expect(commandLineOf(pid)).toContain('--max-old-space-size=256')
    expect(environOf(first)).toEqual(expect.arrayContaining(['CAREERPATH_WORKER=1', 'JOBS_AUTORUN=on']))
    expect(environOf(second)).toEqual(expect.arrayContaining(['CAREERPATH_WORKER=2', 'JOBS_AUTORUN=off']))
  })

  it('count a rate limit once for all workers: the 11th sign-in attempt in a minute is refused, whichever worker gets it', async () => {
    const ip = testClientIp()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 11; attempt++) {
      statuses.push(
        await new Promise<number>((resolve, reject) => {
          const { hostname, port } = new URL(server.origin)
          const body = JSON.stringify({ email: 'nobody@example.com', password: 'not-the-password' })
          const request = http.request(
            {
              hostname,
              port,
              path: '/api/users/login',
              method: 'POST',
              agent: false,
              headers: {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(body),
                'X-Forwarded-For': ip,
              },
            },
            (response) => (response.resume(), response.once('end', () => resolve(response.statusCode!))),
          )
          request.once('error', reject)
          request.end(body)
        }),
      )
    }
    // Ten refused as wrong, spread over both workers by the round-robin; the eleventh by the limit.
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses[10]).toBe(429)
  })

  it('show a publish answered by one worker on every worker at once', async () => {
    const content = (tool: string) => [
      { blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: tool }] },
    ]
    const headers = await editorHeaders()
    const write = (method: string, path: string, body: unknown) =>
      fetch(`${server.origin}/api${path}`, { method, headers, body: JSON.stringify(body) })
    const slug = 'workers-see-each-others-publish'
    const created = await write('POST', '/guides', {
      title: 'Workers: One Publish',
      role: 'Cache Tester',
      slug,
      _status: 'published',
      content: content('A hammer'),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    // Each request on a connection of its own: the round-robin alternates, so both workers keep the page.
    for (let i = 0; i < 6; i++) expect((await getOnce(`/guides/${slug}`)).body).toContain('A hammer')

    for (const tool of ['A new saw', 'A newer drill']) {
      expect((await write('PATCH', `/guides/${doc.id}`, { content: content(tool), _status: 'published' })).status).toBe(
        200,
      )
      const pages = []
      for (let i = 0; i < 6; i++) pages.push((await getOnce(`/guides/${slug}`)).body)
      expect(pages.map((html) => html.includes(tool))).toEqual(Array(6).fill(true))
    }
  })

  it('lose only the requests a killed worker had in flight, serve on, and start a replacement that serves', async () => {
    const connections = 8
    const first = await servingPid(1)
    const second = await servingPid(2)
    const kills: { pid: number; killedAt: number; reportedAt: number }[] = []

    const killAndReplace = async (pid: number, slot: number) => {
      const outputBefore = server.output().length
      const killedAt = Date.now()
      process.kill(pid, 'SIGKILL')
      await waitForOutput(server, new RegExp(`worker ${pid} killed by SIGKILL`))
      kills.push({ pid, killedAt, reportedAt: Date.now() })
      const replacement = await servingPid(slot, outputBefore)
      expect(replacement).not.toBe(pid)
      return replacement
    }

    let replacement = 0
    const scenario = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      replacement = await killAndReplace(first, 1)
      // Load on, now also on the replacement; then the other worker goes, and the replacement alone serves.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await killAndReplace(second, 2)
      await new Promise((resolve) => setTimeout(resolve, 1500))
    })()
    const attempts = await load(connections, scenario)
    await scenario

    const failures = attempts.filter(failed)
    // Only requests already in flight when a worker died failed: none started after the primary saw it exit.
    for (const failure of failures)
      expect(kills.some((kill) => failure.startedAt <= kill.reportedAt && failure.endedAt >= kill.killedAt)).toBe(true)
    expect(failures.length).toBeLessThanOrEqual(connections * kills.length)
    // Everything answered before the first kill was fine.
    expect(attempts.filter((attempt) => attempt.endedAt < kills[0]!.killedAt && failed(attempt))).toEqual([])
    expect(attempts.filter((attempt) => attempt.endedAt < kills[0]!.killedAt).length).toBeGreaterThan(20)
    // Service went on while each replacement started, a few seconds each (until the next kill).
    for (const [i, kill] of kills.entries()) {
      const until = kills[i + 1]?.killedAt ?? Infinity
      const after = attempts.filter((attempt) => attempt.startedAt > kill.reportedAt && attempt.endedAt < until)
      expect(after.length).toBeGreaterThan(20)
      expect(after.filter(failed)).toEqual([])
    }

    // Two workers again, the replacement of worker 1 runs scheduled jobs in its place.
    const current = workerPids()
    expect(current).toHaveLength(2)
    expect(current).toContain(replacement)
    expect(current).not.toContain(first)
    expect(current).not.toContain(second)
    expect(environOf(replacement)).toEqual(expect.arrayContaining(['CAREERPATH_WORKER=1', 'JOBS_AUTORUN=on']))
    expect(server.output()).toMatch(new RegExp(`worker ${first} killed by SIGKILL after \\d+ s; starting another`))
  }, 240_000)
})

describe('a primary that cannot start', () => {
  const run = (env: Record<string, string>, args: string[]) => {
    const { command, args: argv } = entryPoint('scripts/cluster.ts', args)
    return spawnSync(command, argv, {
      env: { ...process.env, PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    })
  }

  it('stops at a bad WEB_CONCURRENCY with one line, before starting a worker', () => {
    const result = run({ WEB_CONCURRENCY: 'lots' }, [])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /^Invalid environment variable WEB_CONCURRENCY: must be a whole number of worker processes, 1 or more \(unset: one per core\)$/m,
    )
    expect(result.stdout).not.toMatch(/worker \d+ started/)
  })

  it('exits 1 rather than restart workers that never served (here a bad flag)', () => {
    const result = run({ WEB_CONCURRENCY: '2' }, ['--drain-seconds', '0'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/server: --drain-seconds must be a positive number of seconds/)
    expect(result.stderr).toMatch(
      /worker \d+ exited with code 2 before any worker served: the server cannot start\. Stopping/,
    )
    expect(result.stdout.match(/worker \d+ started/g)).toHaveLength(2)
  })
})
