import { describe, expect, it } from '@jest/globals'
import { cacheMessages, MAX_PAYLOAD_BYTES, parseCacheMessage } from '@/lib/cache/events/messages'

describe('cache notification messages', () => {
  it('carries tags as JSON that reads back the same, once each', () => {
    const messages = cacheMessages(['guides', 'guide:a', 'guides', 'sitemap'])
    expect(messages).toEqual(['{"tags":["guides","guide:a","sitemap"]}'])
    expect(parseCacheMessage(messages[0])).toEqual(['guides', 'guide:a', 'sitemap'])
  })

  it('splits into messages under PostgreSQL’s limit, measured in bytes, keeping every tag in order', () => {
    const tags = Array.from({ length: 500 }, (_, i) => `guide:ünïcödé-${'é'.repeat(30)}-${i}`)
    const messages = cacheMessages(tags)
    expect(messages.length).toBeGreaterThan(1)
    for (const message of messages) expect(Buffer.byteLength(message)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES)
    expect(messages.flatMap((message) => parseCacheMessage(message)!)).toEqual(tags)
  })

  it('sends nothing for no tags, and refuses a tag no message could hold', () => {
    expect(cacheMessages([])).toEqual([])
    expect(() => cacheMessages(['x'.repeat(MAX_PAYLOAD_BYTES)])).toThrow(/too long/)
  })

  it('reads anything else on the channel as not ours', () => {
    for (const payload of [undefined, '', 'guides', '{"tags":[]}', '{"tags":"guides"}', '[1]', '{"tags":[1]}'])
      expect(parseCacheMessage(payload)).toBeUndefined()
  })
})
