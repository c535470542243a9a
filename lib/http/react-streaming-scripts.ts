import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * React's streaming instructions: when a Suspense boundary finishes after the page's shell (the
 * admin's edit view has several), React writes `<script>$RC("B:0","S:0")</script>`, the first time
 * preceded by the runtime that defines `$RC` (and `$RS`, `$RX`, `$RR`, `$RV`, `$RB`, `$RM`). A
 * script is React's when it is a run of the runtime definitions React itself ships, read here from
 * the React DOM server build Next renders with (so they follow its version), followed by calls
 * `$R…(…)` whose arguments form a JSON array. An injected `$RC=function(){…}` is no such script.
 */
const REACT_DOM_SERVERS = [
  'next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js',
  'next/dist/compiled/react-dom/cjs/react-dom-server.edge.production.js',
]

/** The text of a JavaScript string literal's body: `\\n` is a newline, `\\u003c` is "<". */
function unescapeJs(body: string): string {
  const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' }
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, escape: string) =>
    escape.length > 1 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (named[escape] ?? escape),
  )
}

function runtimeDefinitions(): string[] {
  try {
    // Resolved from the project folder: the server's entry may be bundled where import.meta.url is not a file.
    const resolve = createRequire(path.join(process.cwd(), 'package.json')).resolve
    const source = REACT_DOM_SERVERS.map((file) => fs.readFileSync(resolve(file), 'utf8')).join('\n')
    const quoted = (quote: string) =>
      new RegExp(`${quote}((?:[^${quote}\\\\\\n]|\\\\.)*\\$R[A-Z](?:[^${quote}\\\\\\n]|\\\\.)*)${quote}`, 'g')
    const literals = [...source.matchAll(quoted("'")), ...source.matchAll(quoted('"'))].map((match) =>
      unescapeJs(match[1]!),
    )
    // Each runtime piece without the instruction call it may end with: `…};$RC("` → `…};`.
    const definitions = literals
      .map((literal) => literal.replace(/;*\$R[A-Z]\("$/, ''))
      .filter((literal) => literal.length > 12 && /\$R[A-Z]/.test(literal) && !/^\$R[A-Z]\($/.test(literal))
    return [...new Set(definitions)].sort((a, b) => b.length - a.length)
  } catch {
    return []
  }
}

let definitions: string[] | undefined

/** The calls after the runtime: `$RC("B:0","S:0");$RS(…)`, each argument list valid JSON. */
function onlyInstructionCalls(text: string): boolean {
  let rest = text.replace(/^;+/, '')
  if (!rest) return false
  while (rest) {
    const call = /^\$R[A-Z]\(/.exec(rest)
    if (!call) return false
    // The call ends at the first ")" after which another call or the end follows and whose arguments parse.
    let end = -1
    for (let i = rest.indexOf(')', call[0].length); i !== -1; i = rest.indexOf(')', i + 1)) {
      const after = rest.slice(i + 1)
      if (!/^(?:;*$|;*\$R[A-Z]\()/.test(after)) continue
      try {
        if (Array.isArray(JSON.parse(`[${rest.slice(call[0].length, i)}]`))) {
          end = i
          break
        }
      } catch {
        // Not the end of this call's arguments yet.
      }
    }
    if (end === -1) return false
    rest = rest.slice(end + 1).replace(/^;+/, '')
  }
  return true
}

export function isReactStreamingScript(text: string): boolean {
  if (!text.includes('$R')) return false
  definitions ??= runtimeDefinitions()
  let rest = text
  let runtime = false
  for (let stripped = true; stripped;) {
    stripped = false
    for (const definition of definitions) {
      if (rest.startsWith(definition)) {
        rest = rest.slice(definition.length).replace(/^;+/, '')
        stripped = true
        runtime = true
        break
      }
    }
  }
  // React also writes a runtime piece on its own (`requestAnimationFrame(function(){$RT=…})`).
  return (runtime && rest === '') || onlyInstructionCalls(rest)
}
