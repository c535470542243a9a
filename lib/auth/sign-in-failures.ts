/** How failed sign-ins are counted, wherever they are kept (memory or Redis). */
export interface ThrottlePolicy {
  /** Failures allowed before any delay. */
  free: number
  baseDelayMs: number
  maxDelayMs: number
  /** A count is forgotten this long after its last failure. */
  forgetAfterMs: number
}

export interface SignInFailures {
  /** Counts an attempt as failed unless it must wait; answers the wait in ms (0: attempt allowed and counted). */
  attempt(key: string, policy: ThrottlePolicy, now: number): Promise<number>
  /** Forgives one counted attempt (`clear`: all of them). */
  forgive(key: string, clear: boolean): Promise<void>
}
