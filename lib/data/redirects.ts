import { unstable_cache } from 'next/cache'
import { cacheTags } from '@/lib/cache/tags'
import { env } from '@/lib/config/env'
import { redirectTarget, resolveRedirect, type RedirectHop, type ResolvedRedirect } from '@/lib/redirects/resolve'
import { payloadClient, unstorable } from './payload'

/** The stored redirect from one path, with its target as a path (or external URL); null when there is none. */
export function getRedirectHop(from: string): Promise<RedirectHop | null> {
  if (unstorable(from)) return Promise.resolve(null)
  return unstable_cache(
    async (): Promise<RedirectHop | null> => {
      const { docs } = await (
        await payloadClient()
      ).find({
        collection: 'redirects',
        overrideAccess: false,
        where: { from: { equals: from } },
        depth: 1,
        limit: 1,
        pagination: false,
        populate: { guides: { slug: true }, technologies: { slug: true }, skills: { slug: true } },
      })
      const redirect = docs[0]
      if (!redirect) return null
      const kind = redirect.type === '307' ? 'temporary' : 'permanent'
      return { to: redirectTarget(redirect.to, env().SITE_URL), kind }
    },
    ['redirect', from],
    { tags: [cacheTags.redirects] },
  )()
}

/** Follows redirects from a path that has no page, collapsing chains into one hop. */
export function findRedirect(path: string): Promise<ResolvedRedirect | null> {
  return resolveRedirect(path, getRedirectHop)
}
