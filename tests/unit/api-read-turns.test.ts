import { describe, expect, it } from '@jest/globals'
import { isReadByPost, readsTakeTurns } from '@/lib/http/api-read-turns'
import { turns } from '@/lib/http/turns'

/** A handler whose answers the test releases one by one. */
function heldHandler() {
  const started: string[] = []
  const release: (() => void)[] = []
  const handler = (request: Request) =>
    new Promise<Response>((resolve) => {
      started.push(new URL(request.url).pathname)
      release.push(() => resolve(new Response('ok')))
    })
  return { handler, started, release }
}

describe('REST API reads', () => {
  it('take turns: the next starts when one is answered, and past the waiting room the answer is 503', async () => {
    const { handler, started, release } = heldHandler()
    const read = readsTakeTurns(handler, turns(1, 1))
    const answers = ['/api/a', '/api/b', '/api/c'].map((path) => read(new Request(`http://site.example${path}`), {}))
    const third = await answers[2]!
    expect(third.status).toBe(503)
    expect(third.headers.get('retry-after')).toBe('2')
    expect(((await third.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /try again in a few seconds/,
    )
    expect(started).toEqual(['/api/a'])
    release[0]!()
    expect((await answers[0]!).status).toBe(200)
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual(['/api/a', '/api/b'])
    release[1]!()
    expect((await answers[1]!).status).toBe(200)
  })

  it('include a POST that Payload answers as a read (its method override)', () => {
    const post = (headers: Record<string, string>) =>
      new Request('http://site.example/api/guides', { method: 'POST', headers })
    expect(isReadByPost(post({ 'X-Payload-HTTP-Method-Override': 'GET' }))).toBe(true)
    expect(isReadByPost(post({ 'x-payload-http-method-override': 'get' }))).toBe(true)
    expect(isReadByPost(post({}))).toBe(false)
  })
})
