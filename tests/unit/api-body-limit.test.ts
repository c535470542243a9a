import { describe, expect, it, jest } from '@jest/globals'
import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { API_JSON_BODY_LIMIT_BYTES, refuseOversizedBody } from '@/lib/http/api-body-limit'

function request(method: string, url: string, headers: Record<string, string>) {
  return Object.assign(new EventEmitter(), {
    method,
    url,
    headers,
    resume: jest.fn(),
    destroy: jest.fn(),
  }) as unknown as IncomingMessage
}
function response() {
  const res = {
    status: 0,
    body: '',
    writeHead: (status: number) => ((res.status = status), res),
    end: (body: string) => ((res.body = body), res),
  }
  return res
}

describe('request bodies the API accepts', () => {
  it('refuses a JSON body over the limit with 413 before anything reads it', () => {
    const res = response()
    expect(
      refuseOversizedBody(
        request('POST', '/api/comments', { 'content-length': String(150_000_000), 'content-type': 'application/json' }),
        res as unknown as ServerResponse,
      ),
    ).toBe(true)
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body).errors[0].message).toMatch(/at most 4 MB/)
  })

  it('lets a WordPress export up to 128 MB through to its endpoint only with a session', () => {
    const exportOf = (bytes: number, session: Record<string, string>) =>
      refuseOversizedBody(
        request('POST', '/api/guides/import-wordpress', {
          'content-length': String(bytes),
          'content-type': 'application/xml',
          ...session,
        }),
        response() as unknown as ServerResponse,
      )
    expect(exportOf(100_000_000, { cookie: 'payload-token=abc' })).toBe(false)
    expect(exportOf(100_000_000, { authorization: 'users API-Key abc' })).toBe(false)
    expect(exportOf(100_000_000, {})).toBe(true) // anonymous: the JSON limit
    expect(exportOf(200_000_000, { cookie: 'payload-token=abc' })).toBe(true)
    const elsewhere = request('POST', '/api/guides/import', {
      'content-length': String(100_000_000),
      'content-type': 'application/xml',
      cookie: 'payload-token=abc',
    })
    expect(refuseOversizedBody(elsewhere, response() as unknown as ServerResponse)).toBe(true)
  })

  it('refuses a body of unknown length (chunked) with 411, on pages too', () => {
    for (const url of ['/api/users/login', '/guides/x']) {
      const res = response()
      expect(
        refuseOversizedBody(request('POST', url, { 'transfer-encoding': 'chunked' }), res as unknown as ServerResponse),
      ).toBe(true)
      expect(res.status).toBe(411)
    }
  })

  it('lets through documents, uploads within the media limit and requests without a body', () => {
    const pass = (method: string, url: string, headers: Record<string, string>) =>
      refuseOversizedBody(request(method, url, headers), response() as unknown as ServerResponse)
    expect(
      pass('POST', '/api/guides', {
        'content-length': String(API_JSON_BODY_LIMIT_BYTES),
        'content-type': 'application/json',
      }),
    ).toBe(false)
    expect(
      pass('POST', '/api/media', {
        'content-length': String(11 * 1024 * 1024),
        'content-type': 'multipart/form-data; boundary=x',
      }),
    ).toBe(false)
    expect(pass('GET', '/api/guides', {})).toBe(false)
  })
})
