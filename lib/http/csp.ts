import { createHash } from 'node:crypto'
import { isReactStreamingScript } from './react-streaming-scripts'

/**
 * The Content-Security-Policy. Every HTML page the production server (server.ts) sends names the
 * SHA-256 of each inline script the framework wrote into it (frameworkScriptHashes), so no other
 * inline script runs, not even one that reached the page's HTML and no 'unsafe-inline'
 * is needed; a hash depends only on the page's bytes, so cached pages stay cached (a nonce would
 * need a fresh render per request; CSP_MODE=nonce builds and serves that variant, for comparison).
 * Responses that are not HTML, and `next dev` (which evaluates code and injects scripts of its
 * own), get the fallback script policy.
 */
const directives = {
  'default-src': ["'self'"],
  // React writes style attributes and Next and Payload's admin insert <style> elements.
  'style-src': ["'self'", "'unsafe-inline'"],
  // The admin previews uploads from blob: URLs and draws some icons from data: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // The admin's live preview frames the site itself.
  'frame-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
}

export type ScriptSources = { hashes: string[] } | { nonce: string } | 'fallback'

export function contentSecurityPolicy(scripts: ScriptSources, development = false): string {
  const scriptSrc =
    scripts === 'fallback'
      ? ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])]
      : 'nonce' in scripts
        ? ["'self'", `'nonce-${scripts.nonce}'`]
        : ["'self'", ...scripts.hashes.map((hash) => `'sha256-${hash}'`)]
  return Object.entries({ ...directives, 'script-src': scriptSrc })
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const TYPE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
// Types a browser runs (a missing or empty type is JavaScript); others, like JSON-LD, are data.
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module'])

function parsesAsJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const FLIGHT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT_PUSH = /^self\.__next_f\.push\(([\s\S]*)\)$/
const FORM_STATE_PUSH = /^;self\.__next_f\.push\(([\s\S]*)\)$/
const BEFORE_INTERACTIVE_PUSH = /^\(self\.__next_s=self\.__next_s\|\|\[\]\)\.push\(([\s\S]*)\)$/

/** `[kind, value]` as Next writes it: a JSON array whose first entry is the kind and whose value is of the right type. */
function pushedEntry(json: string | undefined, kinds: number[], valueIsString: boolean): boolean {
  const entry = json === undefined ? undefined : parsesAsJson(json)
  return (
    Array.isArray(entry) &&
    entry.length === 2 &&
    kinds.includes(entry[0] as number) &&
    (!valueIsString || typeof entry[1] === 'string')
  )
}

/**
 * Whether an inline script's text is one Next's renderer writes, recognised by its whole form
 * (next/dist/server/app-render/use-flight-response.js, next/dist/client/script.js): the flight
 * bootstrap, `self.__next_f.push([1|3, "…"])` with the page's RSC payload as one JSON string,
 * the form state after the bootstrap, and `(self.__next_s=…).push([…])` for beforeInteractive
 * scripts. Each is a call whose argument must parse as JSON, so nothing else can ride along:
 * `self.__next_f.push([1,"x"]);alert(1)` is no such script. Anything else, such as an inline
 * script that reached a page through its content, is not named in the policy and does not run.
 * React's own streaming instructions (`$RC(…)`, written when a Suspense boundary finishes after
 * the shell, as in the admin's edit view) are recognised by lib/http/react-streaming-scripts.ts.
 */
export function isFrameworkScript(text: string): boolean {
  if (text === FLIGHT_BOOTSTRAP) return true
  if (isReactStreamingScript(text)) return true
  if (text.startsWith(FLIGHT_BOOTSTRAP))
    return pushedEntry(FORM_STATE_PUSH.exec(text.slice(FLIGHT_BOOTSTRAP.length))?.[1], [2], false)
  const flight = FLIGHT_PUSH.exec(text)
  if (flight) return pushedEntry(flight[1], [1, 3], true)
  const beforeInteractive = BEFORE_INTERACTIVE_PUSH.exec(text)?.[1]
  return beforeInteractive !== undefined && Array.isArray(parsesAsJson(beforeInteractive))
}

/** Every inline script a browser would run, in page order, with its text. */
function executableInlineScripts(html: string): string[] {
  const scripts: string[] = []
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    const typeMatch = TYPE.exec(attributes)
    const type = (typeMatch?.[1] ?? typeMatch?.[2] ?? typeMatch?.[3] ?? '').trim().toLowerCase()
    if (EXECUTABLE_TYPES.has(type)) scripts.push(body)
  }
  return scripts
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')

/** Base64 SHA-256 of every inline script the framework wrote into the page (isFrameworkScript), each once, in page order. */
export function frameworkScriptHashes(html: string): string[] {
  return [...new Set(executableInlineScripts(html).filter(isFrameworkScript).map(sha256))]
}

/** The inline scripts of a page that are not the framework's, and so are not allowed to run: for tests and diagnosis. */
export function foreignInlineScripts(html: string): string[] {
  return executableInlineScripts(html).filter((text) => !isFrameworkScript(text))
}
