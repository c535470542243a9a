import { NextResponse, type NextRequest } from 'next/server'
import { clientIp } from './lib/http/client-ip'
import { sharedRateLimiter } from './lib/rate-limit/limiters'
import { policyFor } from './lib/rate-limit/policy'

/**
 * Rate limits on every account endpoint (sign-in, password reset, first account, unlock…), GraphQL, imports and searches (lib/rate-limit/policy.ts): a client over its budget
 * gets 429 with `Retry-After` and a message, in Payload's error shape. Only the matched paths pass
 * through here, so cached pages are served as before.
 */
export async function proxy(request: NextRequest) {
  const policy = policyFor(request.method, request.nextUrl.pathname)
  if (!policy) return NextResponse.next()
  const limiter = sharedRateLimiter(policy.name, { limit: policy.limit, windowMs: policy.windowMs })
  const { allowed, retryAfterSeconds } = await limiter.consume(clientIp(request.headers))
  if (allowed) return NextResponse.next()
  const message = policy.message(retryAfterSeconds)
  const accepted = request.headers.get('accept') ?? ''
  const headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' }
  if (request.nextUrl.pathname.startsWith('/api/') || !accepted.includes('text/html')) {
    return NextResponse.json({ errors: [{ message }] }, { status: 429, headers })
  }
  return new NextResponse(message, {
    status: 429,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

export const config = {
  // Every API path: Payload routes /api/users/LOGIN and /api/users/%6cogin to the login too, so the
  // policies match the path as Payload reads it (policyFor), not only the spellings listed here.
  matcher: ['/api/:path*', '/search'],
}
