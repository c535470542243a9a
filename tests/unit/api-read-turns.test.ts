import { describe, expect, it } from '@jest/globals'
import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { inTurn, isApiRead } from '@/lib/http/api-read-turns'
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

describe('REST API reads', () => {
  it('are GETs of the REST API, signed in or not (a token is only known to be real once Payload checked it)', () => {
    expect(isApiRead(request('GET', '/api/guides?limit=100&depth=2'))).toBe(true)
    expect(isApiRead(request('HEAD', '/api/technologies'))).toBe(true)
    expect(isApiRead(request('GET', '/api/guides', { authorization: 'JWT garbage' }))).toBe(true)
    expect(isApiRead(request('GET', '/api/guides', { cookie: 'payload-token=x' }))).toBe(true)
    expect(isApiRead(request('POST', '/api/comments'))).toBe(false)
    expect(isApiRead(request('GET', '/api/graphql?query={}'))).toBe(false)
    expect(isApiRead(request('GET', '/guides/back-end-developer-career-guide'))).toBe(false)
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
