import { notFound, permanentRedirect, redirect } from 'next/navigation'
import { findRedirect } from '@/lib/data/redirects'

/**
 * For a path with no page: answer with the stored redirect (308 permanent, 307 temporary), collapsed
 * to one hop, or with the 404 page.
 */
export async function redirectOrNotFound(path: string): Promise<never> {
  const found = await findRedirect(path)
  if (found?.kind === 'permanent') permanentRedirect(found.destination)
  if (found) redirect(found.destination)
  notFound()
}
