import { expect } from '@jest/globals'
import { api, base, get } from './client'

/**
 * The comment form as a browser without JavaScript uses it: the page's own HTML form, posted as
 * multipart form data to the page (a Server Action). Shared by the HTTP tests that post comments.
 */
export const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

export function commentForm(html: string): { action: string; hidden: [string, string][] } {
  const form = html.match(/<form[^>]*class="comment-form"[^>]*>[\s\S]*?<\/form>/)?.[0]
  if (!form) throw new Error('no comment form on the page')
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    (m) => [decode(m[1]!), decode(m[2] ?? '')] as [string, string],
  )
  return { action: decode(form.match(/action="([^"]*)"/)?.[1] ?? ''), hidden }
}

let guideCounter = 0
/** A new published guide open for comments, created through the API of the suite's server. */
export async function publishedGuide() {
  const slug = `commented-guide-${Date.now().toString(36)}-${++guideCounter}`
  const { status, json } = await api<{ doc: { id: number } }>('POST', '/guides', {
    title: `Commented guide ${slug}`,
    role: 'Commenter',
    slug,
    _status: 'published',
    content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
  })
  expect(status).toBe(201)
  return { id: json.doc.id, path: `/guides/${slug}` }
}

/**
 * Posts the form on `path` with these fields without JavaScript, naming the client in
 * X-Forwarded-For (a string) or sending these headers as they are; to `origin`, the suite's server by default.
 */
export async function postWithoutJs(
  path: string,
  fields: Record<string, string>,
  client: string | Record<string, string>,
  origin = base(),
) {
  const { action, hidden } = commentForm(await (await get(origin + path)).text())
  const body = new FormData()
  for (const [name, value] of hidden) body.append(name, value)
  for (const [name, value] of Object.entries({ website: '', ...fields })) body.set(name, value)
  const response = await get(new URL(action || path, origin).toString(), {
    method: 'POST',
    body,
    headers: { Origin: origin, ...(typeof client === 'string' ? { 'X-Forwarded-For': client } : client) },
    redirect: 'manual',
  })
  return { status: response.status, html: await response.text() }
}
