import fs from 'node:fs'
import { createRequire } from 'node:module'

/**
 * React's streaming instructions: when a Suspense boundary finishes after the page's shell (the
 * admin's edit view has several), React writes `<script>$RC("B:0","S:0")</script>`, the first time
 * preceded by the runtime that defines `$RC` (and `$RS`, `$RX`, `$RR`, `$RV`, `$RB`, `$RM`). A
 * script is React's when it is a run of the runtime definitions React itself ships, read here from
 * the React DOM server build Next renders with (so they follow its version), followed by calls
 * `$R…(…)` whose arguments form a JSON array. An injected `$RC=function(){…}` is no such script.
 */
const REACT_DOM_SERVER = 'next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js'

function runtimeDefinitions(): string[] {
  try {
    const source = fs.readFileSync(createRequire(import.meta.url).resolve(REACT_DOM_SERVER), 'utf8')
    const literals = [...source.matchAll(/'(\$R[A-Z](?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!)
    const definitions = literals.map((literal) => literal.replace(/;*\$R[A-Z]\("$/, '')).filter((literal) => /^\$R[A-Z]=/.test(literal))
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
  for (let stripped = true; stripped; ) {
    stripped = false
    for (const definition of definitions) {
      if (rest.startsWith(definition)) {
        rest = rest.slice(definition.length).replace(/^;+/, '')
        stripped = true
        break
      }
    }
  }
  return onlyInstructionCalls(rest)
}
