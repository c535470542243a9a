import { describe, expect, it } from '@jest/globals'
import { themeHintsForAdminOnly } from '@/lib/http/theme-hints'

describe("Payload's colour-scheme client hints", () => {
  // What withPayload (@payloadcms/next 3.90) appends to the project's own header rules.
  const payloadRule = {
    source: '/:path*',
    headers: [
      { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
      { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
      { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
    ],
  }
  const siteRule = { source: '/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }

  it('are sent for the admin only, and every other header is left as it was', () => {
    expect(themeHintsForAdminOnly([siteRule, payloadRule])).toEqual([
      siteRule,
      { source: '/admin/:path*', headers: payloadRule.headers },
    ])
  })

  it('leave rules without them untouched', () => {
    expect(themeHintsForAdminOnly([siteRule])).toEqual([siteRule])
  })
})
