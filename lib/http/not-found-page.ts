import fs from 'node:fs'
import path from 'node:path'

/**
 * Next 16 answers a `notFound()` thrown while a page renders with an empty document for the browser
 * to fill in (`<html id="__next_error__">`, vercel/next.js#62228): React renders no error boundary on
 * the server, so the 404 had no language, nothing to read without JavaScript, and the head of the
 * page that was not found (its canonical address, its Open Graph image). Only Next's own not-found
 * route is a whole page: app/not-found.tsx in the site's layout, prerendered by `next build`. The
 * production server (server.ts) sends that page in place of the empty one.
 */
const CLIENT_RENDERED_ERROR = /^<!DOCTYPE html><html id="__next_error__"/i

/**
 * Whether Next answered a page of the public site with its empty, client-rendered error document for
 * a 404. Payload's admin has a not-found view of its own (app/(payload)/admin/[[...segments]]/not-found.tsx), left to it.
 */
export function isClientRenderedNotFound(url: string | undefined, status: number, body: Buffer): boolean {
  if (status !== 404 || !url || /^\/(admin|api)(?:[/?#]|$)/.test(url)) return false
  return CLIENT_RENDERED_ERROR.test(body.subarray(0, 64).toString('latin1'))
}

/** The build's prerendered not-found page, if the build has one. */
export function prerenderedNotFoundPage(buildDir = '.next'): Buffer | undefined {
  const file = path.join(buildDir, 'server/app/_not-found.html')
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined
}

/** The page with the request's nonce on each script, for the nonce variant of the script policy (lib/http/csp.ts). */
export function withScriptNonce(html: Buffer, nonce: string | undefined): Buffer {
  if (!nonce) return html
  return Buffer.from(html.toString('utf8').replace(/<script(?=[\s>])/g, `<script nonce="${nonce}"`))
}
