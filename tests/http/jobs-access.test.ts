import { describe, expect, it } from '@jest/globals'
import { authorHeaders, base, editorHeaders, get } from './client'

/** Running the job queue (scheduled publishing) is editors' work: an author could run every due job at will. */
describe('the job queue', () => {
  it('is run by editors, not by authors or anonymous callers', async () => {
    const run = async (headers?: Record<string, string>) =>
      (await get(`${base()}/api/payload-jobs/run?limit=1`, { headers })).status
    expect([401, 403]).toContain(await run(await authorHeaders()))
    expect([401, 403]).toContain(await run())
    expect(await run(await editorHeaders())).toBe(200)
  })
})
