import net from 'node:net'
import { afterAll, describe, expect, it } from '@jest/globals'
import { startNextServer, stopProcessGroup, waitForOutput, type NextServer } from '@/scripts/lib/server'
import { testClientIp } from './client'

/**
 * SIGTERM to the production server (server.ts), as a process manager sends it: a request already
 * in flight still gets its whole answer, a new connection is refused at once, and then the process
 * closes its database pool and exits 0. The request in flight is a sign-in whose body arrives in two
 * parts, the second only after the signal, so it is certainly still open when the signal lands.
 * The same holds for `npm start`'s primary with two workers (scripts/cluster.ts): it passes the
 * signal on, every worker drains, and the primary exits 0 once they all have.
 */
let server: NextServer | undefined

afterAll(async () => {
  if (server) await stopProcessGroup(server.child)
})

function exited(server: NextServer): Promise<number | null> {
  if (server.child.exitCode !== null) return Promise.resolve(server.child.exitCode)
  return new Promise((resolve) => server.child.once('exit', (code) => resolve(code)))
}

describe.each([
  { name: 'server.ts alone', entry: 'server.ts' as const, workers: undefined },
  { name: 'the primary with two workers', entry: 'scripts/cluster.ts' as const, workers: '2' },
])('graceful shutdown of $name', ({ entry, workers }) => {
  it('answers the request in flight, refuses new connections, closes the pool and exits 0', async () => {
    if (server) await stopProcessGroup(server.child)
    server = await startNextServer(
      () => ({
        DATABASE_URL: process.env.TEST_HTTP_DATABASE_URL,
        PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
        JOBS_AUTORUN: 'off',
        SQL_STATEMENT_LOG: '',
        WEB_CONCURRENCY: workers,
      }),
      { entry },
    )
    if (workers) await waitForOutput(server, new RegExp(`(worker \\d+ serving[^]*){${workers}}`))
    const { hostname, port } = new URL(server.origin)
    const body = JSON.stringify({ email: process.env.TEST_EDITOR_EMAIL, password: process.env.TEST_EDITOR_PASSWORD })
    const half = Math.floor(body.length / 2)

    const socket = net.connect(Number(port), hostname)
    await new Promise((resolve) => socket.once('connect', resolve))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk))
    const answered = new Promise((resolve) => socket.once('close', resolve))
    socket.write(
      `POST /api/users/login HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Forwarded-For: ${testClientIp()}\r\n\r\n${body.slice(0, half)}`,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))

    const exit = exited(server)
    server.child.kill('SIGTERM')
    // Draining: the listening socket is closed, so a new visitor is refused rather than left waiting.
    let refused: unknown
    for (let attempt = 0; attempt < 50 && !refused; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      refused = await fetch(`${server.origin}/robots.txt`).then(
        () => undefined,
        (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
      )
    }
    expect(refused).toBe('ECONNREFUSED')
    expect(server.child.exitCode).toBeNull() // still finishing the sign-in

    socket.write(body.slice(half))
    await answered
    expect(answer).toMatch(/^HTTP\/1\.1 200\b/)
    expect(answer).toMatch(/\r\nconnection: close\r\n/i)
    expect(answer).toMatch(/"token":"[^"]+"/)

    expect(await exit).toBe(0)
    expect(server.output()).toMatch(/SIGTERM: no new connections; finishing the requests in flight/)
    // The sign-in used Payload, so there was a pool to close.
    expect(server.output()).toMatch(/\nClosed 1 database pool\. Stopped\n/)
    if (workers) {
      expect(server.output()).toMatch(/SIGTERM: passing it to 2 workers/)
      // Each worker drained on its own; no worker was started again while stopping.
      expect(server.output().match(/SIGTERM: no new connections/g)).toHaveLength(2)
      expect(server.output().match(/worker \d+ started/g)).toHaveLength(2)
      expect(server.output()).toMatch(/All workers stopped\. Stopped\n$/)
    }
  })
})
