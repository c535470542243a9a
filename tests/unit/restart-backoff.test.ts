import { describe, expect, it } from '@jest/globals'
import { nextRestart, RESTART_POLICY, type RestartPolicy } from '@/lib/http/restart-backoff'

const policy: RestartPolicy = { firstDelayMs: 1000, maxDelayMs: 8000, stableAfterMs: 30_000 }

describe('restarting a worker', () => {
  it('replaces a worker that had been running a while at once, and forgets earlier quick exits', () => {
    expect(nextRestart(0, 30_000, policy)).toEqual({ delayMs: 0, quickExits: 0 })
    expect(nextRestart(5, 3_600_000, policy)).toEqual({ delayMs: 0, quickExits: 0 })
  })

  it('waits longer after each quick exit in a row, doubling up to the ceiling', () => {
    const delays: number[] = []
    let quickExits = 0
    for (let i = 0; i < 6; i++) {
      const restart = nextRestart(quickExits, 2_000, policy)
      delays.push(restart.delayMs)
      quickExits = restart.quickExits
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000, 8000])
    expect(quickExits).toBe(6)
    // Many more quick exits stay at the ceiling rather than overflow.
    expect(nextRestart(5000, 0, policy).delayMs).toBe(8000)
  })

  it('by default waits a second after a quick exit and at most half a minute', () => {
    expect(nextRestart(0, 0).delayMs).toBe(1000)
    expect(nextRestart(100, 0).delayMs).toBe(30_000)
    expect(nextRestart(100, RESTART_POLICY.stableAfterMs).delayMs).toBe(0)
  })
})
