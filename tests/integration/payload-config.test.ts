import { describe, expect, it } from '@jest/globals'

describe('payload.config', () => {
  it('regenerates payload-types.ts only inside Next (next dev), never in scripts or tests', async () => {
    expect(process.env.NEXT_RUNTIME).toBeUndefined()
    const config = await (await import('../../payload.config')).default
    expect(config.typescript.autoGenerate).toBe(false)
  })
})
