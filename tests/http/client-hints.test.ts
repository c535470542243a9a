import { describe, expect, it } from '@jest/globals'
import { page, SAMPLE_PATH } from './client'

/**
 * `Critical-CH` makes Chromium restart a first navigation to send the hint it names (a second
 * request before anything is shown: Lighthouse's "Avoid multiple page redirects"). The public pages
 * are the same for light and dark, so they ask for no colour-scheme hint; Payload's admin, which
 * renders its theme from it, still does.
 */
describe('client hints', () => {
  it.each(['/', SAMPLE_PATH, '/technologies/postgresql', '/no-such-page'])(
    '%s asks for no hint and varies on none',
    async (path) => {
      const { headers } = await page(path)
      expect(headers.get('critical-ch')).toBeNull()
      expect(headers.get('accept-ch')).toBeNull()
      expect(headers.get('vary') ?? '').not.toMatch(/sec-ch-prefers-color-scheme/i)
    },
  )

  it('the admin still asks for the colour scheme its theme follows', async () => {
    const { headers } = await page('/admin/login')
    expect(headers.get('accept-ch')).toMatch(/Sec-CH-Prefers-Color-Scheme/)
  })
})
