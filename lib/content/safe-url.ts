/**
 * The one check for web addresses the site saves: links in rich text, technology websites, SEO
 * canonical URLs and the links made from comments. A link must never run script when followed, so
 * `javascript:`, `vbscript:` and `data:` URLs are refused however they are disguised: any case,
 * control characters or spaces inside (a browser drops tabs and line breaks anywhere in a URL and
 * spaces around it: `java\tscript:` is `javascript:`), or HTML character references
 * (`&#106;avascript&colon;`), which a renderer of the stored text might decode.
 */

const SCRIPTING_SCHEMES = ['javascript', 'vbscript', 'livescript', 'data'] as const

const NAMED_REFERENCES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: ' ',
  amp: '&',
  sol: '/',
  lpar: '(',
  rpar: ')',
}

/** One pass of HTML character-reference decoding, as an HTML attribute value gets (also without the `;`). */
function decodeReferences(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? whole
      const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    },
  )
}

// Controls, spaces and invisible characters: what browsers drop or authors use to hide a scheme.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g

/** The scripting scheme `url` would use in a browser (`javascript`, `vbscript`, `data`), or undefined. */
export function scriptingScheme(url: string): string | undefined {
  let candidate = url
  // Decoded until nothing changes (a few passes at most), so nested references cannot hide one.
  for (let pass = 0; pass < 4; pass++) {
    const compact = candidate.replace(INVISIBLE, '').toLowerCase()
    const scheme = SCRIPTING_SCHEMES.find((name) => compact.startsWith(`${name}:`))
    if (scheme) return scheme
    const decoded = decodeReferences(candidate)
    if (decoded === candidate) return undefined
    candidate = decoded
  }
  return undefined
}

/** An absolute http(s) URL with nothing a browser would silently drop or reinterpret. */
export function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(value) || !URL.canParse(value)) return false
  return ['http:', 'https:'].includes(new URL(value).protocol)
}

export const scriptingLinkMessage = (scheme: string) =>
  `A link cannot use a ${scheme}: address, which would run code or hide content when a reader follows it. Use an https:// address or a path on this site such as /guides/… .`

/** Payload `validate` for an optional absolute http(s) URL field, with the message a person sees. */
export function httpUrlField(message: string) {
  return (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return true
    if (typeof value !== 'string') return message
    const scheme = scriptingScheme(value)
    if (scheme) return scriptingLinkMessage(scheme)
    return isAbsoluteHttpUrl(value) ? true : message
  }
}

/**
 * What an absolute http(s) URL text field needs: the validation above, and a mark that the input
 * guard (collections/plugins/refuseUnreadableInput.ts) reads to refuse a scripting URL in drafts
 * too, which Payload saves without validating.
 */
export function httpUrlFieldProps(message: string) {
  return { validate: httpUrlField(message), custom: { httpUrl: true } }
}

/** Whether a field was made with httpUrlFieldProps. */
export const isHttpUrlField = (field: { custom?: Record<string, unknown> }) => field.custom?.httpUrl === true
