import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, stopProcessGroup, waitForServer, type NextServer } from './server'

/**
 * The smallest App Router site there is (a root layout and one page with a heading and a paragraph, no
 * client component), built with this project's own `next`, `react` and build mode. Audited beside
 * our pages, it shows what Next and React alone cost a phone: the reference for our pages'
 * performance scores, on the same host in the same run (a score moves by several points between runs).
 */
const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-next', private: true, type: 'module' }),
  'next.config.mjs': 'export default {}\n',
  'app/layout.jsx': `export const metadata = { title: 'A bare Next.js page', description: 'The smallest App Router page, for comparison.' }
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>
}
`,
  'app/page.jsx': `export default function Page() {
  return <main><h1>A bare Next.js page</h1><p>A root layout and this page, no client component.</p></main>
}
`,
}

/**
 * The same site whose page renders, on every request (no cache), the elements of `tree`
 * (lib/html-tree.ts, e.g. one of our guide pages' body): what Next and React alone cost to render
 * a page of that size on this host, with no data to read, for `npm run bench -- --floor`.
 */
const dynamicPage = (tree: unknown): Record<string, string> => ({
  'app/tree.json': JSON.stringify(tree),
  'app/page.jsx': `import { createElement } from 'react'
import { connection } from 'next/server'
import tree from './tree.json'
const render = (node, key) =>
  typeof node === 'string' ? node : createElement(node[0], { ...node[1], key }, ...node[2].map(render))
export default async function Page() {
  await connection()
  return createElement('div', null, ...tree.map(render))
}
`,
})

export async function startBareNextServer(
  projectDir = process.cwd(),
  { tree }: { tree?: unknown } = {},
): Promise<NextServer & { stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bare-next-'))
  const remove = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    for (const [file, text] of Object.entries({ ...FILES, ...(tree === undefined ? {} : dynamicPage(tree)) })) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
    fs.symlinkSync(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    const next = path.join(projectDir, 'node_modules/next/dist/bin/next')
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
    // The same build mode as `npm run build` (package.json), so that both ship the same runtime.
    const build = spawnSync(process.execPath, [next, 'build', '--webpack'], { cwd: dir, env, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`building the bare Next.js page failed:\n${build.stdout}\n${build.stderr}`)

    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    let output = ''
    const child = spawn(process.execPath, [next, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    const stop = async () => {
      await stopProcessGroup(child)
      remove()
    }
    try {
      await waitForServer(`${origin}/`, child, () => output)
    } catch (error) {
      await stop()
      throw error
    }
    return { origin, child, output: () => output, stop }
  } catch (error) {
    remove()
    throw error
  }
}
