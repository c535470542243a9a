import { afterEach, describe, expect, it } from '@jest/globals'
import { primaryRateLimiter, rateLimitsForWorkers, type RateLimitRequest } from '@/lib/rate-limit/cluster'

const options = { limit: 2, windowMs: 60_000 }
const request = (id: number, key: string, name = 'login'): RateLimitRequest => ({
  careerpathRateLimit: { id, name, key, ...options },
})

/** The primary's handler, answering into a list; its limiter answers asynchronously. */
function primary() {
  const handle = rateLimitsForWorkers()
  const answers: unknown[] = []
  return {
    answers,
    ask: async (message: unknown) => (
      handle(message, (answer) => answers.push(answer)),
      await new Promise((resolve) => setImmediate(resolve))
    ),
  }
}

const realSend = process.send
afterEach(() => {
  process.send = realSend
  delete process.env.CAREERPATH_WORKER
})

// The round trip over a real IPC channel is tests/http/workers.test.ts's (Jest's `process` has no working `on`).
describe('rate limits counted by the primary for its workers', () => {
  it('counts the attempts of every worker against one limit per name and key', async () => {
    const { answers, ask } = primary()
    // Two workers' questions for the same client, interleaved: the third attempt is refused.
    await ask(request(1, '198.18.0.1'))
    await ask(request(1, '198.18.0.1'))
    await ask(request(2, '198.18.0.1'))
    await ask(request(3, '198.18.0.2'))
    await ask(request(4, '198.18.0.1', 'search'))
    expect(answers).toEqual([
      { careerpathRateLimitAnswer: { id: 1, allowed: true, retryAfterSeconds: 0 } },
      { careerpathRateLimitAnswer: { id: 1, allowed: true, retryAfterSeconds: 0 } },
      { careerpathRateLimitAnswer: { id: 2, allowed: false, retryAfterSeconds: 60 } },
      { careerpathRateLimitAnswer: { id: 3, allowed: true, retryAfterSeconds: 0 } },
      { careerpathRateLimitAnswer: { id: 4, allowed: true, retryAfterSeconds: 0 } },
    ])
  })

  it('ignores messages that are not its questions', async () => {
    const { answers, ask } = primary()
    for (const message of [
      null,
      'text',
      { careerpathRateLimit: { id: 1, name: 'login', key: 7, limit: 2, windowMs: 1 } },
      { careerpathTagsExpired: { tags: [] } },
    ])
      await ask(message)
    expect(answers).toEqual([])
  })

  it('counts in the worker itself when the primary does not answer, so the limit still holds', async () => {
    process.env.CAREERPATH_WORKER = '1'
    process.send = ((
      _message: unknown,
      _handle: unknown,
      _options: unknown,
      callback?: (error: Error | null) => void,
    ) => (callback?.(null), true)) as typeof process.send
    const errors: string[] = []
    const limiter = primaryRateLimiter('login', options, (error) => errors.push(error.message))
    const results = await Promise.all([1, 2, 3].map(() => limiter.consume('198.18.0.10')))
    expect(results.map((result) => result.allowed)).toEqual([true, true, false])
    expect(errors).toEqual(Array(3).fill('no answer from the primary in 1000 ms'))
  })
})
