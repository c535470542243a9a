import { createHash } from 'node:crypto'

/**
 * The Content-Security-Policy. Every HTML page the production server (server.ts) sends names the
 * SHA-256 of each of its own inline scripts, so no other inline script runs and no 'unsafe-inline'
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

/** Base64 SHA-256 of the text of every inline script a browser would run, each once, in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    const typeMatch = TYPE.exec(attributes)
    const type = (typeMatch?.[1] ?? typeMatch?.[2] ?? typeMatch?.[3] ?? '').trim().toLowerCase()
    if (!EXECUTABLE_TYPES.has(type)) continue
    hashes.add(createHash('sha256').update(body, 'utf8').digest('base64'))
  }
  return [...hashes]
}
