#!/usr/bin/env node
/**
 * Runs one of the project's TypeScript entry points (a script in scripts/, server.ts) with plain Node:
 *
 *   node -C production scripts/run.mjs scripts/migrate.ts --seed
 *
 * esbuild bundles the project's own modules into one ES module; packages stay outside it, each
 * import rewritten to the file Node would load, so Payload, Next and the rest are loaded by Node
 * from node_modules as in the app. No module loader hooks (tsx's run on a separate thread in
 * Node 20), and a script starts faster than when compiled file by file.
 *
 * `-C production` (Node's `--conditions`): Lexical's packages, which Payload's rich-text editor
 * imports, resolve for Node to a `.node.mjs` file that picks its build with a top-level
 * `await import()`. Node 20's ES module loader, given the two dozen of them importing each other,
 * sometimes never settles: the process ends with exit code 13 and nothing done (importing
 * `@payloadcms/richtext-lexical` alone: 5 runs in 12). Their `production` condition names the
 * built file directly (0 in 12); it is the build `.node.mjs` would pick in production anyway.
 * Started without the flag, this file starts itself again with it.
 *
 * This file is JavaScript because it is what makes TypeScript runnable.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { spawn } from 'node:child_process'
import { build, stop } from 'esbuild'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outDir = path.join(root, 'node_modules', '.cache', 'careerpath-scripts')

/**
 * A module's `import.meta.url` stays the URL of its source file (not of the bundle), so that paths
 * computed from it (payload.config.ts's folder, `createRequire`) mean what they say in the source.
 * @type {import('esbuild').Plugin}
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await fs.promises.readFile(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      const ext = path.extname(args.path).slice(1)
      const loader = ext === 'tsx' || ext === 'jsx' ? ext : ext.endsWith('ts') ? 'ts' : 'js'
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader }
    })
  },
}

/**
 * Packages are imported by Node, not bundled, but by the file path esbuild resolves: Node's own
 * resolver would refuse specifiers that bundlers accept (`next/cache`, a package without an
 * `exports` map, has no file named `cache` without its extension).
 * @type {import('esbuild').Plugin}
 */
const packagesByPath = {
  name: 'packages-by-path',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (
        args.pluginData === 'resolving' ||
        args.path.startsWith('node:') ||
        args.path.startsWith('@/') ||
        args.path === '@payload-config'
      )
        return undefined
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      if (!resolved.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      return { path: pathToFileURL(resolved.path).href, external: true }
    })
  },
}

/** Bundles `entry` (a path relative to the project) and returns the bundle's file; the same source gives the same file. */
export async function bundle(entry) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    write: false,
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'error',
    plugins: [sourceUrls, packagesByPath],
  })
  const code = result.outputFiles[0].contents
  const name = `${path.basename(entry).replace(/\.[^.]+$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`
  const file = path.join(outDir, name)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(outDir, { recursive: true })
    // Written beside, then renamed: processes bundling the same script at once never read half a file.
    const partial = `${file}.${process.pid}.partial`
    fs.writeFileSync(partial, code)
    fs.renameSync(partial, file)
  }
  return file
}

/** Bundles and imports `entry`, e.g. for Jest's global setup, which loads files outside Jest's transform. */
export async function load(entry) {
  return import(pathToFileURL(await bundle(entry)).href)
}

/** Node's flag for the export condition that spares Lexical's top-level awaits (see above). */
export const CONDITIONS_FLAG = ['-C', 'production']

function hasConditionsFlag() {
  const argv = process.execArgv
  return argv.some(
    (arg, i) =>
      ((arg === '-C' || arg === '--conditions') && argv[i + 1] === 'production') ||
      arg === '--conditions=production' ||
      arg === '-Cproduction',
  )
}

/** Runs this file again with the flag, passing signals on, and ends with the same exit code. */
function restartWithConditions() {
  const child = spawn(process.execPath, [...CONDITIONS_FLAG, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2)
  if (!entry) {
    console.error('usage: node -C production scripts/run.mjs <file.ts> [arguments...]')
    process.exit(2)
  }
  if (hasConditionsFlag()) {
    // Stack traces name the TypeScript sources (the bundle carries a source map).
    process.setSourceMapsEnabled(true)
    // The script sees its own path and arguments, as it would when run directly.
    process.argv = [process.argv[0], path.resolve(entry), ...args]
    const file = await bundle(entry)
    // esbuild's service process would otherwise live as long as the script (the server: for good).
    await stop()
    await import(pathToFileURL(file).href)
  } else {
    restartWithConditions()
  }
}
