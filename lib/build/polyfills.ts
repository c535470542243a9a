import browserslist from 'browserslist'
import path from 'node:path'

// Next's client entry always imports its polyfill module (next/dist/client/app-globals.js), whatever
// the browserslist says: String#trimStart/trimEnd, Symbol#description, Array#flat/flatMap,
// Promise#finally, Object.fromEntries, Array#at, Object.hasOwn and URL.canParse, the newest of
// which (URL.canParse) every browser here has had since these versions. Lighthouse counts the module
// as legacy JavaScript.
const NATIVE_SINCE: Record<string, number> = { chrome: 120, edge: 120, firefox: 115, safari: 17, ios_saf: 17 }

/** Whether every browser of the project's browserslist (package.json) has all of Next's polyfilled APIs natively. */
export function browsersNeedNoPolyfills(dir = process.cwd()): boolean {
  const targets = browserslist(undefined, { path: dir, env: 'production' })
  return (
    targets.length > 0 &&
    targets.every((target) => {
      const [name, version] = target.split(' ')
      const since = NATIVE_SINCE[name!]
      return since !== undefined && Number.parseFloat(version!.split('-')[0]!) >= since
    })
  )
}

/** The module to serve in place of Next's polyfills (see above). */
export const NO_POLYFILLS = path.resolve('lib/build/no-polyfills.js')
export const NEXT_POLYFILL_MODULE = /[\\/]build[\\/]polyfills[\\/]polyfill-module(\.js)?$/
