import type { Metadata } from 'next'
import { redirectOrNotFound } from '@/lib/redirects/redirect-or-not-found'
import { notFoundMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ path: string[] }> }

// Any other path: an old URL an editor redirected by hand, or a 404.
export const metadata: Metadata = notFoundMetadata('Page')

export default async function RedirectedPath({ params }: Props) {
  const { path } = await params
  return redirectOrNotFound(`/${path.join('/')}`)
}
