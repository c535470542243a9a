import { describe, expect, it } from '@jest/globals'
import { isValidPreviewSecret, previewPath, previewRequestSchema, previewSecret } from '@/lib/preview/links'

const KEY = 'a-secret-that-is-long-enough-for-tests-0123456789'

describe('preview links', () => {
  it('carry an HMAC of their path that only the same key and path accept', () => {
    const link = new URLSearchParams(previewPath('/guides/data-engineer', KEY).split('?')[1])
    expect(link.get('path')).toBe('/guides/data-engineer')
    const secret = link.get('secret')!
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(isValidPreviewSecret('/guides/data-engineer', secret, KEY)).toBe(true)
    expect(isValidPreviewSecret('/guides/other-guide', secret, KEY)).toBe(false)
    expect(isValidPreviewSecret('/guides/data-engineer', secret, `${KEY}x`)).toBe(false)
    expect(isValidPreviewSecret('/guides/data-engineer', secret.slice(0, 10), KEY)).toBe(false)
    expect(previewSecret('/guides/a', KEY)).not.toBe(previewSecret('/guides/b', KEY))
  })

  it('open only guide pages on this site', () => {
    const secret = 'f'.repeat(64)
    expect(previewRequestSchema.safeParse({ path: '/guides/data-engineer', secret }).success).toBe(true)
    for (const path of ['https://evil.example', '//evil.example', '/guides/../admin', '/admin', '/guides/Data']) {
      expect(previewRequestSchema.safeParse({ path, secret }).success).toBe(false)
    }
  })
})
