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
  /**
   * The GraphQL mutation doing the same (its name before the collection's, e.g. `login` for
   * `loginUser`): it spends the same budget (lib/graphql/guard.ts).
   */
  graphqlMutation?: string
}

const MINUTE = 60_000

/** Payload's account endpoints for the users collection (payload/dist/auth/endpoints) and their GraphQL twins. */
function accountPolicy(
  name: string,
  path: string,
  limit: number,
  windowMs: number,
  attempts: string,
  graphqlMutation?: string,
): RateLimitPolicy {
  return {
    name,
    method: 'POST',
    matches: (pathname) => pathname === `/api/users/${path}`,
    limit,
    windowMs,
    message: (seconds) => `Too many ${attempts} from your network. Please wait ${seconds} seconds and try again.`,
    graphqlMutation,
  }
}

export const rateLimitPolicies: RateLimitPolicy[] = [
  accountPolicy('login', 'login', 10, MINUTE, 'sign-in attempts', 'login'),
  accountPolicy('forgot-password', 'forgot-password', 5, 15 * MINUTE, 'password reset requests', 'forgotPassword'),
  accountPolicy('reset-password', 'reset-password', 10, 15 * MINUTE, 'password resets', 'resetPassword'),
  accountPolicy('first-register', 'first-register', 5, MINUTE, 'attempts to create the first account'),
  accountPolicy('unlock', 'unlock', 5, MINUTE, 'unlock requests', 'unlock'),
  accountPolicy('refresh-token', 'refresh-token', 30, MINUTE, 'session refreshes', 'refreshToken'),
  {
    name: 'verify-email',
    method: 'POST',
    matches: (pathname) => pathname.startsWith('/api/users/verify/'),
    limit: 10,
    windowMs: MINUTE,
    message: (seconds) =>
      `Too many email verifications from your network. Please wait ${seconds} seconds and try again.`,
    graphqlMutation: 'verifyEmail',
  },
  {
    // Each request is bounded (lib/graphql/cost.ts); this bounds how many a client sends.
    name: 'graphql',
    method: 'POST',
    matches: (pathname) => pathname === '/api/graphql',
    limit: 300,
    windowMs: MINUTE,
    message: (seconds) => `Too many GraphQL requests in a minute. Please wait ${seconds} seconds and try again.`,
  },
  {
    name: 'import',
    method: 'POST',
    matches: (pathname) => pathname === '/api/guides/import' || pathname === '/api/guides/import-wordpress',
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

/** The budget a GraphQL account mutation (e.g. `loginUser`) spends: its REST endpoint's. */
export function policyForMutation(fieldName: string): RateLimitPolicy | undefined {
  return rateLimitPolicies.find(
    (policy) => policy.graphqlMutation && new RegExp(`^${policy.graphqlMutation}[A-Z]`).test(fieldName),
  )
}

/** The path as Payload routes it: percent-decoded, any case, without trailing slashes. */
export function routedPath(pathname: string): string {
  let decoded = pathname
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    // A malformed escape reaches Payload as it is, and so is matched as it is.
  }
  return decoded.toLowerCase().replace(/\/+$/, '') || '/'
}

export function policyFor(method: string, pathname: string): RateLimitPolicy | undefined {
  const path = routedPath(pathname)
  return rateLimitPolicies.find((policy) => policy.method === method.toUpperCase() && policy.matches(path))
}
