/**
 * Which public requests are rate-limited, per client IP, before they reach Payload or a route
 * (proxy.ts). Comments are limited inside their Server Action (lib/comments/submit.ts), since a
 * form's answer is the page with a message rather than a status code.
 */
export interface RateLimitPolicy {
  name: string
  method: string
  matches: (pathname: string) => boolean
  limit: number
  windowMs: number
  /** What the reader or client is told with the 429. */
  message: (retryAfterSeconds: number) => string
}

const MINUTE = 60_000

export const rateLimitPolicies: RateLimitPolicy[] = [
  {
    name: 'login',
    method: 'POST',
    matches: (pathname) => pathname === '/api/users/login',
    limit: 10,
    windowMs: MINUTE,
    message: (seconds) => `Too many sign-in attempts from your network. Please wait ${seconds} seconds and try again.`,
  },
  {
    name: 'import',
    method: 'POST',
    matches: (pathname) => pathname === '/api/guides/import',
    limit: 20,
    windowMs: MINUTE,
    message: (seconds) => `Too many imports in a minute. Please wait ${seconds} seconds and try again.`,
  },
  {
    name: 'search',
    method: 'GET',
    matches: (pathname) => pathname === '/api/search' || pathname === '/search',
    limit: 60,
    windowMs: MINUTE,
    message: (seconds) => `Too many searches in a minute. Please wait ${seconds} seconds and search again.`,
  },
]

export function policyFor(method: string, pathname: string): RateLimitPolicy | undefined {
  return rateLimitPolicies.find((policy) => policy.method === method.toUpperCase() && policy.matches(pathname))
}
