import { memoryRateLimiter, type RateLimiter, type RateLimitOptions, type RateLimitResult } from './memory'

/**
 * Rate limits counted once for all the workers of one server (scripts/cluster.ts): each worker asks
 * the primary over the cluster's IPC channel, and the primary keeps the counts in its memory. Counted
 * per worker instead, a visitor spread over N workers by the round-robin would get N times the limit.
 * Several app servers still need REDIS_URL to share one count.
 */

/** A worker's question; `limit` and `windowMs` create the primary's limiter on its first use. */
export interface RateLimitRequest {
  careerpathRateLimit: { id: number; name: string; key: string; limit: number; windowMs: number }
}

interface RateLimitAnswer {
  careerpathRateLimitAnswer: { id: number } & RateLimitResult
}

const isRequest = (message: unknown): message is RateLimitRequest => {
  const body = (message as Partial<RateLimitRequest> | null)?.careerpathRateLimit
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof body.name === 'string' &&
    typeof body.key === 'string' &&
    Number.isInteger(body.limit) &&
    Number.isInteger(body.windowMs)
  )
}

const isAnswer = (message: unknown): message is RateLimitAnswer =>
  typeof (message as Partial<RateLimitAnswer> | null)?.careerpathRateLimitAnswer?.id === 'number'

/** Whether this process is a worker whose primary counts (scripts/cluster.ts sets CAREERPATH_WORKER). */
export function countedByPrimary(): boolean {
  return Boolean(process.env.CAREERPATH_WORKER) && typeof process.send === 'function'
}

/**
 * The primary's side: answers every worker's questions from one limiter per name. `send` is the
 * worker's channel (cluster's `worker.send`).
 */
export function rateLimitsForWorkers(): (message: unknown, send: (answer: RateLimitAnswer) => void) => void {
  const limiters = new Map<string, RateLimiter>()
  return (message, send) => {
    if (!isRequest(message)) return
    const { id, name, key, limit, windowMs } = message.careerpathRateLimit
    let limiter = limiters.get(name)
    if (!limiter) limiters.set(name, (limiter = memoryRateLimiter({ limit, windowMs })))
    void limiter.consume(key).then((result) => send({ careerpathRateLimitAnswer: { id, ...result } }))
  }
}

const ANSWER_TIMEOUT_MS = 1000

interface Channel {
  nextId: number
  pending: Map<number, (result: RateLimitResult | undefined) => void>
}

/** One listener per process, whichever of Next's bundles asks first (hence on globalThis). */
function channel(): Channel {
  const holder = globalThis as { __careerpathRateLimitChannel?: Channel }
  if (holder.__careerpathRateLimitChannel) return holder.__careerpathRateLimitChannel
  const created: Channel = { nextId: 1, pending: new Map() }
  process.on('message', (message: unknown) => {
    if (!isAnswer(message)) return
    const { id, ...result } = message.careerpathRateLimitAnswer
    created.pending.get(id)?.(result)
  })
  return (holder.__careerpathRateLimitChannel = created)
}

/**
 * A worker's limiter: asks the primary. Should the primary not answer within a second, this worker
 * counts the attempt itself, so a limit is never lifted, only split over the workers meanwhile.
 */
export function primaryRateLimiter(
  name: string,
  options: RateLimitOptions,
  onError: (error: Error) => void = () => {},
): RateLimiter {
  const local = memoryRateLimiter(options)
  return {
    async consume(key) {
      const { pending } = channel()
      const id = channel().nextId++
      const answer = await new Promise<RateLimitResult | undefined>((resolve) => {
        const timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS)
        const settle = (result: RateLimitResult | undefined) => {
          clearTimeout(timer)
          resolve(result)
        }
        pending.set(id, settle)
        const request: RateLimitRequest = {
          careerpathRateLimit: { id, name, key, limit: options.limit, windowMs: options.windowMs },
        }
        process.send!(request, undefined, undefined, (error: Error | null) => {
          if (error) settle(undefined)
        })
      }).finally(() => pending.delete(id))
      if (answer) return answer
      onError(new Error(`no answer from the primary in ${ANSWER_TIMEOUT_MS} ms`))
      return local.consume(key)
    },
  }
}
