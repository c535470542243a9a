import { describe, expect, it } from '@jest/globals'
import { contentSecurityPolicy, inlineScriptHashes } from '../../lib/csp'

// `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`
const ALERT_HASH = 'bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, as a browser does', () => {
    expect(inlineScriptHashes('<p>x</p><script>alert(1)</script>')).toEqual([ALERT_HASH])
    // Whitespace is part of the text: a different script.
    expect(inlineScriptHashes('<script> alert(1)</script>')).not.toEqual([ALERT_HASH])
    expect(inlineScriptHashes('<SCRIPT async>alert(1)</script >')).toEqual([ALERT_HASH])
  })

  it('hashes module scripts and explicit JavaScript types', () => {
    expect(inlineScriptHashes('<script type="module">alert(1)</script>')).toEqual([ALERT_HASH])
    expect(inlineScriptHashes("<script type='text/javascript'>alert(1)</script>")).toEqual([ALERT_HASH])
  })

  it('skips external scripts and data blocks such as JSON-LD, and lists a repeated script once', () => {
    const html = [
      '<script src="/_next/static/chunk.js" async></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script>alert(1)</script><script>alert(1)</script>',
    ].join('')
    expect(inlineScriptHashes(html)).toEqual([ALERT_HASH])
  })

  it('hashes multi-byte text as UTF-8', () => {
    // printf 'x="é"' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes('<script>x="é"</script>')).toEqual(['MPhu+S1MOlqvzwcVbM1jLJ3OU/wXngUehBueT3jDrGg='])
  })
})

describe('contentSecurityPolicy', () => {
  it('allows only the named inline scripts on a page', () => {
    const policy = contentSecurityPolicy({ hashes: [ALERT_HASH] })
    expect(policy).toContain(`script-src 'self' 'sha256-${ALERT_HASH}'`)
    expect(policy.split('; ').find((part) => part.startsWith('script-src'))).not.toMatch(/unsafe/)
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'none'")
    expect(policy).toContain("frame-ancestors 'self'")
  })

  it("falls back to 'unsafe-inline' scripts where no page is hashed, and adds 'unsafe-eval' only in development", () => {
    expect(contentSecurityPolicy('fallback')).toContain("script-src 'self' 'unsafe-inline'")
    expect(contentSecurityPolicy('fallback')).not.toContain('unsafe-eval')
    expect(contentSecurityPolicy('fallback', true)).toContain("'unsafe-eval'")
  })
})
