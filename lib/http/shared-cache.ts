/**
 * Next marks a cached page `s-maxage=31536000`: right for a CDN that Next's host purges on every
 * revalidation, wrong for any other shared cache, which would keep a stale page for a year. The
 * production server caps it, so a proxy or CDN in front keeps a page at most `maxAge` seconds
 * (deploy/nginx refreshes the pages a publish changes at once; everything else follows within it).
 */
export function capSharedMaxAge(cacheControl: string, maxAge: number): string {
  return cacheControl.replace(/\bs-maxage=(\d+)/i, (directive, seconds: string) =>
    Number(seconds) > maxAge ? `s-maxage=${maxAge}` : directive,
  )
}

/** Addresses of the pages a cache tag stands for, where it stands for exactly one (lib/cache/tags.ts). */
export function pathsForCacheTags(tags: string[]): string[] {
  const prefixes: Record<string, string> = {
    guide: '/guides/',
    technology: '/technologies/',
    skill: '/skills/',
    person: '/authors/',
  }
  const paths = tags.flatMap((tag) => {
    const [kind, slug] = tag.split(/:(.*)/s)
    const prefix = kind ? prefixes[kind] : undefined
    return prefix && slug ? [prefix + encodeURIComponent(slug)] : []
  })
  return [...new Set(paths)]
}
