import { describe, expect, it } from '@jest/globals'
import { capSharedMaxAge, pathsForCacheTags } from '@/lib/http/shared-cache'

describe('capSharedMaxAge', () => {
  it("caps Next's year for cached pages", () => {
    expect(capSharedMaxAge('s-maxage=31536000', 60)).toBe('s-maxage=60')
    expect(capSharedMaxAge('s-maxage=31536000, stale-while-revalidate', 60)).toBe('s-maxage=60, stale-while-revalidate')
  })

  it('leaves shorter lifetimes and uncacheable answers alone', () => {
    expect(capSharedMaxAge('public, max-age=0, s-maxage=30', 60)).toBe('public, max-age=0, s-maxage=30')
    expect(capSharedMaxAge('private, no-cache, no-store, max-age=0, must-revalidate', 60)).toBe(
      'private, no-cache, no-store, max-age=0, must-revalidate',
    )
  })
})

describe('pathsForCacheTags', () => {
  it('gives the page of each tag that names one, once', () => {
    expect(
      pathsForCacheTags([
        'sitemap',
        'guide:back-end-developer',
        'guides',
        'guide:back-end-developer',
        'technology:postgresql',
        'skill:sql',
        'comments:4',
      ]),
    ).toEqual(['/guides/back-end-developer', '/technologies/postgresql', '/skills/sql'])
  })

  it('encodes a slug as a path segment', () => {
    expect(pathsForCacheTags(['guide:c++ dev'])).toEqual(['/guides/c%2B%2B%20dev'])
  })
})
