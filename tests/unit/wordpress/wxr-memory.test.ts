import { describe, expect, it } from '@jest/globals'
import { runScript } from '@/tests/setup/run-script'

describe('a large WordPress export', () => {
  it('is read in memory that does not grow with it: 1,500 posts (25 MB) within a 64 MB heap', () => {
    const run = runScript('tests/scripts/wxr-read-probe.ts', ['--posts', '1500'], {
      ...process.env,
      NODE_OPTIONS: '--max-old-space-size=64',
    })
    expect(run.stderr).not.toMatch(/heap out of memory/)
    expect(run.stdout).toContain('read 1500 posts')
    expect(run.status).toBe(0)
  })
})
