import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

// A piece of Next's polyfill module (next/dist/build/polyfills/polyfill-module.js), as it is bundled.
const POLYFILL_MODULE = fs
  .readFileSync(path.resolve('node_modules/next/dist/build/polyfills/polyfill-module.js'), 'utf8')
  .slice(0, 60)
const chunks = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? chunks(path.join(dir, entry.name))
        : entry.name.endsWith('.js')
          ? [path.join(dir, entry.name)]
          : [],
    )

/** The browsers of package.json's browserslist have every API Next polyfills, so no page loads the polyfills (lib/build/polyfills.ts). */
describe('the client bundle of the build', () => {
  it("has no chunk with Next's polyfill module", () => {
    const files = chunks(path.resolve('.next/static/chunks'))
    expect(files.length).toBeGreaterThan(5)
    const withPolyfills = files
      .filter((file) => fs.readFileSync(file, 'utf8').includes(POLYFILL_MODULE))
      .map((file) => path.basename(file))
    expect(withPolyfills).toEqual([])
  })
})
