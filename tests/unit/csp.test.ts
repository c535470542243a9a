import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { contentSecurityPolicy, foreignInlineScripts, frameworkScriptHashes, isFrameworkScript } from '@/lib/http/csp'

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')
// `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`
const ALERT_HASH = 'bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='

// The inline scripts Next 16.4 writes into a page, as in the built site's HTML.
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT =
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[70120,[],\\"\\"]\\n3:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\"}]\\n"])'
const BINARY = 'self.__next_f.push([3,"AAECAw=="])'
const FORM_STATE = `${BOOTSTRAP};self.__next_f.push([2,["$@1",null]])`
const BEFORE_INTERACTIVE = '(self.__next_s=self.__next_s||[]).push(["/_next/static/chunks/x.js",{}])'
const JSON_LD = '{"@context":"https://schema.org","@type":"Article"}'

const page = (...scripts: string[]) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><p>Guide</p>${scripts.join('')}<script type="application/ld+json">${JSON_LD}</script></body></html>`

describe('frameworkScriptHashes', () => {
  it("names Next's own inline scripts by the SHA-256 of their exact text, each once", () => {
    const html = page(
      ...[BOOTSTRAP, FLIGHT, BINARY, FLIGHT, FORM_STATE, BEFORE_INTERACTIVE].map((text) => `<script>${text}</script>`),
    )
    expect(frameworkScriptHashes(html)).toEqual([BOOTSTRAP, FLIGHT, BINARY, FORM_STATE, BEFORE_INTERACTIVE].map(hash))
    expect(foreignInlineScripts(html)).toEqual([])
  })

  it('leaves out a script injected into the page, so the policy does not allow it', () => {
    const injected = [
      'alert(1)',
      `${BOOTSTRAP};alert(1)`,
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)',
      'self.__next_f.push(alert(1))',
      'self.__next_f.push([1,alert(1)])',
      'self.__next_f.push([9,"x"])',
      '(self.__next_s=self.__next_s||[]).push(alert(1))',
    ]
    const html = page(
      `<script>${BOOTSTRAP}</script>`,
      ...injected.map((text) => `<script>${text}</script>`),
      `<script>${FLIGHT}</script>`,
      '<SCRIPT type="module">alert(1)</script >',
    )
    const hashes = frameworkScriptHashes(html)
    expect(hashes).toEqual([hash(BOOTSTRAP), hash(FLIGHT)])
    expect(hashes).not.toContain(ALERT_HASH)
    for (const text of injected) expect(hashes).not.toContain(hash(text))
    expect(foreignInlineScripts(html)).toEqual([...injected, 'alert(1)'])
    const scriptSrc = contentSecurityPolicy({ hashes })
      .split('; ')
      .find((part) => part.startsWith('script-src'))!
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash(BOOTSTRAP)}' 'sha256-${hash(FLIGHT)}'`)
  })

  it('skips external scripts and data blocks such as JSON-LD, which do not run', () => {
    expect(frameworkScriptHashes(page())).toEqual([])
    expect(foreignInlineScripts(page())).toEqual([])
  })

  it('hashes the exact text: whitespace makes another script, and multi-byte text is UTF-8', () => {
    expect(isFrameworkScript(` ${BOOTSTRAP}`)).toBe(false)
    const unicode = 'self.__next_f.push([1,"é"])'
    expect(frameworkScriptHashes(`<script>${unicode}</script>`)).toEqual([hash(unicode)])
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
