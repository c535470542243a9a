import { revalidateTag } from 'next/cache'

/**
 * Expires cached pages by tag. Outside a Next.js server (command-line imports, tests through the
 * Local API) there is no cache to expire and Next throws; that case is reported, not fatal.
 */
export function expireCacheTags(tags: string[], log: (message: string) => void = () => {}): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      log(`cache tag ${tag} not revalidated (no Next.js server in this process): ${(error as Error).message}`)
      return
    }
  }
}
