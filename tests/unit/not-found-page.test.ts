import { describe, expect, it } from '@jest/globals'
import { isClientRenderedNotFound, withScriptNonce } from '@/lib/http/not-found-page'

describe("the 404 page the server sends in place of Next's empty one", () => {
  const emptyErrorDocument = Buffer.from('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>')

  it("replaces only a 404 of the public site that is the empty error document, not the admin's", () => {
    expect(isClientRenderedNotFound('/guides/x', 404, emptyErrorDocument)).toBe(true)
    expect(isClientRenderedNotFound('/administration', 404, emptyErrorDocument)).toBe(true)
    expect(isClientRenderedNotFound('/guides/x', 500, emptyErrorDocument)).toBe(false)
    expect(
      isClientRenderedNotFound(
        '/guides/x',
        404,
        Buffer.from('<!DOCTYPE html><html lang="en"><head></head><body><h1>Page not found</h1></body></html>'),
      ),
    ).toBe(false)
    expect(isClientRenderedNotFound('/admin/collections/nothing', 404, emptyErrorDocument)).toBe(false)
    expect(isClientRenderedNotFound('/admin', 404, emptyErrorDocument)).toBe(false)
    expect(isClientRenderedNotFound('/api/guides/x', 404, emptyErrorDocument)).toBe(false)
  })

  it("puts the request's nonce on every script, inline or not, and leaves the page alone without one", () => {
    const page = Buffer.from(
      '<link rel="preload" as="script" href="/a.js"/><script src="/a.js" async=""></script><script>self.x=1</script><scripts-not></scripts-not>',
    )
    expect(withScriptNonce(page, 'abc').toString()).toBe(
      '<link rel="preload" as="script" href="/a.js"/><script nonce="abc" src="/a.js" async=""></script><script nonce="abc">self.x=1</script><scripts-not></scripts-not>',
    )
    expect(withScriptNonce(page, undefined)).toBe(page)
  })
})
