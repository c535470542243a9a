import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { browsersNeedNoPolyfills } from '@/lib/build/polyfills'

function projectWithBrowsers(browserslist: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'browserslist-'))
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', browserslist }))
  return dir
}

describe("leaving out Next's polyfill module", () => {
  it("suits this project's browserslist", () => {
    expect(browsersNeedNoPolyfills()).toBe(true)
  })

  it('does not suit a list with a browser older than the APIs, or one it does not know', () => {
    expect(browsersNeedNoPolyfills(projectWithBrowsers(['chrome 119']))).toBe(false)
    expect(browsersNeedNoPolyfills(projectWithBrowsers(['safari 16.4']))).toBe(false)
    expect(browsersNeedNoPolyfills(projectWithBrowsers(['samsung 25']))).toBe(false)
    expect(browsersNeedNoPolyfills(projectWithBrowsers(['chrome 120', 'safari 17']))).toBe(true)
  })
})
