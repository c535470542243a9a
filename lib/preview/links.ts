import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/**
 * Draft previews: the admin links to /preview?path=…&secret=…, where the secret is an HMAC of the
 * path under PAYLOAD_SECRET, so a preview link works only for the page it was made for and cannot
 * be forged; the route also requires a signed-in account.
 */
export const PREVIEWABLE_PATH = /^\/guides\/[a-z0-9]+(?:-[a-z0-9]+)*$/

export function previewSecret(path: string, key: string): string {
  return createHmac('sha256', key).update(`preview:${path}`).digest('hex')
}

export function previewPath(path: string, key: string): string {
  return `/preview?${new URLSearchParams({ path, secret: previewSecret(path, key) })}`
}

export const previewRequestSchema = z.object({
  path: z.string().regex(PREVIEWABLE_PATH, 'path must be a guide page such as /guides/back-end-developer-career-guide'),
  secret: z.string().regex(/^[0-9a-f]{64}$/, 'secret must be the preview link’s 64 hex digits'),
})

export function isValidPreviewSecret(path: string, secret: string, key: string): boolean {
  const expected = Buffer.from(previewSecret(path, key), 'hex')
  const given = Buffer.from(secret, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
