import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'

/** Every dynamic page under app/, found by its `[param]` folder. */
function dynamicPages(dir = 'app'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return dynamicPages(full)
    return entry.name === 'page.tsx' && /\[[^\]/]+\]/.test(dir) ? [full] : []
  })
}

describe('what the production build renders', () => {
  it('pre-renders no guide, technology, skill or author page: each renders on its first request and is then cached', async () => {
    // The build's time and memory do not grow with the database (100,000 guides: docs/performance.md),
    // and a build never bakes in the build machine's content.
    expect(await renderOnFirstRequestThenCache!()).toEqual([])
  })

  it('is the policy of every dynamic page of the public site', () => {
    const pages = dynamicPages().filter((page) => page.includes('(frontend)') && !page.includes('[...'))
    expect(pages.map((page) => page.split(path.sep).join('/'))).toEqual(
      expect.arrayContaining(['app/(frontend)/guides/[slug]/page.tsx', 'app/(frontend)/technologies/[slug]/page.tsx']),
    )
    for (const page of pages) {
      expect([page, fs.readFileSync(page, 'utf8')]).toEqual([
        page,
        expect.stringContaining('export const generateStaticParams = renderOnFirstRequestThenCache'),
      ])
    }
  })
})
