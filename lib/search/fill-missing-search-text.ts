import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { drizzleOf } from '@/lib/db/drizzle'
import { searchTextOf } from '@/lib/search/search-text'

const BATCH = 100

/**
 * Fills `search_text` for guides that have none: those saved before the search migration added the
 * column (collectSearchText keeps it for every later save). Run after the migrations, with the
 * schema complete, so that the migration itself needs none of the live code and stays as it was
 * written. Returns how many guides it filled.
 */
export async function fillMissingSearchText(payload: Payload): Promise<number> {
  let filled = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'guides',
      where: { searchText: { exists: false } },
      draft: false,
      depth: 1,
      limit: BATCH,
      pagination: false,
      overrideAccess: true,
    })
    if (docs.length === 0) return filled
    for (const guide of docs) {
      const taxonomyNames = [...(guide.technologies ?? []), ...(guide.skills ?? [])].flatMap((item) =>
        typeof item === 'object' && item ? [item.name] : [],
      )
      const text = searchTextOf({
        role: guide.role,
        content: guide.content,
        secondaryKeywords: guide.meta?.secondaryKeywords,
        taxonomyNames,
      })
      // SQL, not payload.update: an update would run the hooks, make a version and expire pages.
      await drizzleOf(payload).execute(sql`UPDATE "guides" SET "search_text" = ${text} WHERE "id" = ${guide.id}`)
      filled += 1
    }
  }
}
