import { describe, expect, it } from '@jest/globals'
import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { inTurn, isAnonymousApiRead } from '@/lib/http/anonymous-api-turns'
import { turns } from '@/lib/http/turns'

const request = (method: string, url: string, headers: Record<string, string> = {}) =>
  ({ method, url, headers }) as unknown as IncomingMessage

/** A response that records what it was answered, and closes when told. */
function response() {
  const res = Object.assign(new EventEmitter(), {
    headersSent: false,
    status: 0,
    body: '',
    writeHead(status: number) {
      res.status = status
      res.headersSent = true
      return res
    },
    end(body?: string) {
      res.body = body ?? ''
      res.emit('close')
      return res
    },
  })
  return res
}

describe('anonymous API reads', () => {
  it('are GETs of the REST API without a session cookie or Authorization header', () => {
    expect(isAnonymousApiRead(request('GET', '/api/guides?limit=100&depth=2'))).toBe(true)
    expect(isAnonymousApiRead(request('HEAD', '/api/technologies'))).toBe(true)
    expect(isAnonymousApiRead(request('GET', '/api/guides', { authorization: 'JWT x' }))).toBe(false)
    expect(isAnonymousApiRead(request('GET', '/api/guides', { cookie: 'theme=dark; payload-token=abc' }))).toBe(false)
    expect(isAnonymousApiRead(request('POST', '/api/comments'))).toBe(false)
    expect(isAnonymousApiRead(request('GET', '/api/graphql?query={}'))).toBe(false)
    expect(isAnonymousApiRead(request('GET', '/guides/back-end-developer-career-guide'))).toBe(false)
  })

  it('take turns: the next starts when one is answered, and past the waiting room the answer is 503', async () => {
    const taking = turns(1, 1)
    const started: number[] = []
    const [first, second, third] = [response(), response(), response()]
    inTurn(first as unknown as ServerResponse, () => started.push(1), taking)
    inTurn(second as unknown as ServerResponse, () => started.push(2), taking)
    inTurn(third as unknown as ServerResponse, () => started.push(3), taking)
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual([1])
    expect(third.status).toBe(503)
    expect(JSON.parse(third.body).errors[0].message).toMatch(/try again in a few seconds/)
    first.end('done')
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual([1, 2])
  })
})
