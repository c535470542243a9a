import { contentSecurityPolicy } from './csp'

/**
 * Headers sent with every response (next.config.ts). The Content-Security-Policy here is the
 * fallback one (lib/http/csp.ts); server.ts replaces it on each HTML page with one that names the page's
 * inline scripts by hash.
 */
export interface Header {
  key: string
  value: string
}

export function securityHeaders(development: boolean): Header[] {
  return [
    // Browsers ignore it over plain HTTP (spec), so it is safe to send from a local server too.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Content-Security-Policy', value: contentSecurityPolicy('fallback', development) },
  ]
}
