/**
 * When the primary (scripts/cluster.ts) starts a worker again after it exited. A worker that had
 * been running a while (a crash, an out-of-memory, a kill) is replaced at once; one that dies soon
 * after it started is replaced later each time, doubling up to a ceiling, so that a worker that
 * cannot start (a broken deploy, a database refusing connections) does not spin the machine.
 */
export interface RestartPolicy {
  /** The wait after the first quick exit in a row; doubled for each further one. */
  firstDelayMs: number
  maxDelayMs: number
  /** A worker that ran at least this long exited for a reason of its own, not its start-up. */
  stableAfterMs: number
}

export const RESTART_POLICY: RestartPolicy = { firstDelayMs: 1000, maxDelayMs: 30_000, stableAfterMs: 30_000 }

export interface Restart {
  delayMs: number
  /** Quick exits in a row so far, the worker slot's state for its next exit. */
  quickExits: number
}

/** The restart after a worker that ran `uptimeMs` exited, `quickExits` quick exits in a row before it. */
export function nextRestart(quickExits: number, uptimeMs: number, policy: RestartPolicy = RESTART_POLICY): Restart {
  if (uptimeMs >= policy.stableAfterMs) return { delayMs: 0, quickExits: 0 }
  const exits = quickExits + 1
  return { delayMs: Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (exits - 1)), quickExits: exits }
}
