import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { env } from '@/lib/config/env'
import { isValidPreviewSecret, previewRequestSchema } from '@/lib/preview/links'

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** Turns on Next's draft mode for a signed-in editor or author with a valid preview link, then shows the page. */
export async function GET(request: Request) {
  const params = previewRequestSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!params.success)
    return plain(400, `Not a preview link: ${params.error.issues.map((issue) => issue.message).join('; ')}.`)
  const { path, secret } = params.data
  if (!isValidPreviewSecret(path, secret, env().PAYLOAD_SECRET))
    return plain(403, 'This preview link is not valid for that page. Open the preview from the admin again.')
  const { user } = await (await getPayload({ config })).auth({ headers: request.headers })
  if (!user) return plain(401, 'Sign in to the admin (/admin) to preview drafts.')
  ;(await draftMode()).enable()
  redirect(path)
}
