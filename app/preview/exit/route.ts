import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { PREVIEWABLE_PATH } from '@/lib/preview/links'

/** Leaves draft mode and goes back to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  redirect(PREVIEWABLE_PATH.test(path) ? path : '/')
}
