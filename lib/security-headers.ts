/**
 * Headers sent with every response (next.config.ts). The Content-Security-Policy here holds the
 * directives that do not depend on the page's inline scripts: no plugins, no <base> hijacking,
 * forms post only to this site, and only this site (the admin's live preview) may frame it.
 * A script-src without 'unsafe-inline' that keeps cached pages cached is the security issue's
 * open part (README, "Security").
 */
export interface Header {
  key: string
  value: string
}

export const contentSecurityPolicy = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'"].join('; ')

export const securityHeaders: Header[] = [
  // Browsers ignore it over plain HTTP (spec), so it is safe to send from a local server too.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
]
