import { describe, expect, it } from '@jest/globals'
import { normalizePath, redirectTarget, resolveRedirect, type RedirectHop } from '@/lib/redirects/resolve'

function lookupFrom(table: Record<string, RedirectHop>) {
  const asked: string[] = []
  const lookup = async (path: string) => {
    asked.push(path)
    return table[path] ?? null
  }
  return { lookup, asked }
}

describe('normalizePath', () => {
  it('reduces what editors type and what requests carry to one key', () => {
    expect(normalizePath('/guides/a/')).toBe('/guides/a')
    expect(normalizePath('guides/a?utm_source=x#top')).toBe('/guides/a')
    expect(normalizePath('https://old.example/blog//post/')).toBe('/blog/post')
    expect(normalizePath('/caf%C3%A9')).toBe('/café')
    expect(normalizePath('/bad%E0%A4%A')).toBe('/bad%E0%A4%A')
    expect(normalizePath('/')).toBe('/')
  })
})

describe('resolveRedirect', () => {
  it('collapses a chain into one hop to the last path', async () => {
    const { lookup } = lookupFrom({
      '/a': { to: '/b', kind: 'permanent' },
      '/b': { to: '/c/', kind: 'permanent' },
    })
    expect(await resolveRedirect('/a', lookup)).toEqual({ destination: '/c', kind: 'permanent' })
  })

  it('answers a Location that is ASCII and stays on the site, whatever the stored path decodes to', async () => {
    const to = (target: string) => async (path: string) =>
      path === '/a' ? { to: target, kind: 'permanent' as const } : null
    // Decoded, these would be "/\evil.example" and "/\t/evil.example": browsers follow both to another host.
    expect(await resolveRedirect('/a', to('/%5Cevil.example'))).toEqual({
      destination: '/%5Cevil.example',
      kind: 'permanent',
    })
    expect(await resolveRedirect('/a', to('/%09/evil.example'))).toEqual({
      destination: '/%09/evil.example',
      kind: 'permanent',
    })
    // Not ASCII: sent as it was, such a target was a 500 (invalid header character).
    expect(await resolveRedirect('/a', to('/guías/\u3002evil'))).toEqual({
      destination: '/gu%C3%ADas/%E3%80%82evil',
      kind: 'permanent',
    })
    expect(await resolveRedirect('/a', to('https://example.com/guías'))).toEqual({
      destination: 'https://example.com/gu%C3%ADas',
      kind: 'permanent',
    })
  })

  it('is temporary when any hop is', async () => {
    const { lookup } = lookupFrom({ '/a': { to: '/b', kind: 'permanent' }, '/b': { to: '/c', kind: 'temporary' } })
    expect(await resolveRedirect('/a', lookup)).toEqual({ destination: '/c', kind: 'temporary' })
  })

  it('stops at an external URL', async () => {
    const { lookup, asked } = lookupFrom({ '/a': { to: 'https://elsewhere.example/x', kind: 'permanent' } })
    expect(await resolveRedirect('/a', lookup)).toEqual({
      destination: 'https://elsewhere.example/x',
      kind: 'permanent',
    })
    expect(asked).toEqual(['/a'])
  })

  it('answers nothing for a loop, a vanished target or a path without a redirect', async () => {
    const { lookup } = lookupFrom({
      '/a': { to: '/b', kind: 'permanent' },
      '/b': { to: '/a', kind: 'permanent' },
      '/gone': { to: null, kind: 'permanent' },
      '/self': { to: '/self/', kind: 'permanent' },
    })
    expect(await resolveRedirect('/a', lookup)).toBeNull()
    expect(await resolveRedirect('/gone', lookup)).toBeNull()
    expect(await resolveRedirect('/self', lookup)).toBeNull()
    expect(await resolveRedirect('/nothing', lookup)).toBeNull()
  })
})

describe('redirectTarget', () => {
  const site = 'https://careerpath.example'
  it('points a reference at the document’s current public path', () => {
    expect(
      redirectTarget({ type: 'reference', reference: { relationTo: 'guides', value: { slug: 'now-here' } } }, site),
    ).toBe('/guides/now-here')
    expect(
      redirectTarget({ type: 'reference', reference: { relationTo: 'technologies', value: { slug: 'go' } } }, site),
    ).toBe('/technologies/go')
  })
  it('gives nothing for a document the reader cannot see', () => {
    expect(redirectTarget({ type: 'reference', reference: { relationTo: 'guides', value: 42 } }, site)).toBeNull()
    expect(redirectTarget({ type: 'reference', reference: null }, site)).toBeNull()
  })
  it('keeps custom URLs, turning this site’s own into paths', () => {
    expect(redirectTarget({ type: 'custom', url: 'https://careerpath.example/guides/x' }, site)).toBe('/guides/x')
    expect(redirectTarget({ type: 'custom', url: 'https://elsewhere.example/x' }, site)).toBe(
      'https://elsewhere.example/x',
    )
    expect(redirectTarget({ type: 'custom', url: '/guides/y' }, site)).toBe('/guides/y')
  })
})
