import type { IncomingMessage, ServerResponse } from 'node:http'
import { COMMENT_BODY_MAX } from '@/lib/comments/limits'

/**
 * Form posts to the site's pages (Server Actions: the comment form, the admin's server functions)
 * that Next would refuse with a plain-text 500, answered here first with a status that says what
 * was wrong: a body over Next's limit (1 MB, `serverActions.bodySizeLimit`) is 413, a post from
 * another site's page (an `Origin` that is not this host, Next's own CSRF rule) is 403. The REST
 * and GraphQL API (/api) have limits and CSRF checks of their own (Payload).
 */
export const FORM_BODY_LIMIT_BYTES = 1024 * 1024

export const FORM_POST_MESSAGES = {
  tooLarge: `Your comment was not sent: what the form sent is larger than 1 MB, more than any form on this site accepts. A comment can be at most ${COMMENT_BODY_MAX.toLocaleString('en')} characters; shorten it and send it again.`,
  foreignOrigin:
    'This form was not sent: it can only be sent from a page of this site. Open the page on this site and send the form from there.',
} as const

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

// Read and dropped before answering, so that the client can finish sending and read the answer;
// a body far beyond any form's is cut off instead.
const DRAIN_LIMIT_BYTES = 16 * FORM_BODY_LIMIT_BYTES

function refuse(req: IncomingMessage, res: ServerResponse, status: 403 | 413, message: string): true {
  // A browser posting the form without JavaScript gets a page to read; the Server Action client, text.
  const html = !req.headers['next-action'] && /text\/html/.test(req.headers.accept ?? '')
  const back = escapeHtml(req.url ?? '/')
  const answer = () => {
    res.writeHead(status, {
      'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    })
    res.end(
      html
        ? `<!doctype html><html lang="en"><meta charset="utf-8"><title>Not sent</title><p role="alert">${escapeHtml(message)}</p><p><a href="${back}">Back to the page</a></p></html>`
        : message,
    )
  }
  let received = 0
  req.on('data', (chunk: Buffer) => {
    received += chunk.length
    if (received > DRAIN_LIMIT_BYTES) req.destroy()
  })
  req.once('end', answer)
  return true
}

/** Whether `req` was refused (and answered); otherwise it goes on to Next. */
export function refuseUnacceptableFormPost(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST' || /^\/api(\/|$)/.test(req.url ?? '')) return false
  const origin = req.headers.origin
  if (origin !== undefined) {
    const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '')
      .split(',')[0]!
      .trim()
      .toLowerCase()
    const originHost = URL.canParse(origin) ? new URL(origin).host.toLowerCase() : undefined
    if (!originHost || originHost !== host) return refuse(req, res, 403, FORM_POST_MESSAGES.foreignOrigin)
  }
  const length = Number(req.headers['content-length'])
  if (Number.isFinite(length) && length > FORM_BODY_LIMIT_BYTES)
    return refuse(req, res, 413, FORM_POST_MESSAGES.tooLarge)
  return false
}

/**
 * A Server Action request whose body Next cannot decode (not the JSON or form data its client
 * sends) fails inside Next's action handler as a 500. The site's own actions validate what they are
 * given and answer errors as state, so a 500 on an action request is the request's fault: it is
 * answered 400 (the error is still logged by Next).
 */
export function answerUndecodableActionAs400(req: IncomingMessage, res: ServerResponse): void {
  // The admin's server functions keep their 500s: a failure there is the admin's, and tests watch for it.
  // Without JavaScript the comment form posts as plain form data, with the action named in its fields instead of a header.
  const formPost = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(req.headers['content-type'] ?? '')
  if (
    req.method !== 'POST' ||
    !(req.headers['next-action'] || formPost) ||
    /^\/(admin|api)(\/|$|\?)/.test(req.url ?? '')
  )
    return
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(status === 500 ? 400 : status, ...rest)) as typeof res.writeHead
  // res.end() without writeHead calls writeHead(res.statusCode) itself, so this covers both.
}
