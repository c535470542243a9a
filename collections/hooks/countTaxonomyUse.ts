import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { writerConnection } from '@/lib/cache/events/notify'
import { liveDocBeforeChange } from './redirectOldSlug'

export type TaxonomyCollection = 'technologies' | 'skills'

const TABLES = {
  technologies: { table: 'technologies', column: 'technologies_id', path: 'technologies' },
  skills: { table: 'skills', column: 'skills_id', path: 'skills' },
} as const

/** What `guide_count` of the row `t` of this table holds: the guides naming it in their top-level field. */
function guideCountSql(collection: TaxonomyCollection): string {
  const { column, path } = TABLES[collection]
  return `(SELECT count(DISTINCT r.parent_id) FROM guides_rels r WHERE r."${column}" = t.id AND r.path = '${path}')`
}

/** Every technology's (or skill's) count at once, for writes that bypass the hooks (lib/seed/synthetic.ts). */
export function recountAllGuidesSql(collection: TaxonomyCollection): string {
  return `UPDATE "${TABLES[collection].table}" t SET guide_count = ${guideCountSql(collection)}`
}

/**
 * Sets `guide_count` of these technologies (or skills) from `guides_rels`, the relationships of each
 * guide's main row: its published version, or its draft if it was never published. On the write's own
 * transaction, so the count commits (or rolls back) with the guide. Only the guide's top-level field
 * (collected from its blocks on save) is counted: Payload leaves the rows of a removed block behind in
 * guides_rels (it deletes relationship rows only for paths the new data has), and that field's rows
 * have their own index (migrations/20261129_204500_taxonomy_guide_indexes.ts).
 *
 * Two statements. The first locks the rows in id order: two saves naming the same technologies in
 * different orders each held some the other wanted (a deadlock: one save lost). NO KEY UPDATE, the
 * lock an UPDATE takes, leaves other saves free to reference the rows (their foreign keys' KEY SHARE).
 * The second counts on a snapshot taken once every earlier save of these rows has committed.
 */
export async function recountGuides(
  req: PayloadRequest,
  collection: TaxonomyCollection,
  ids: Iterable<number>,
): Promise<void> {
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id))
  if (!unique.length) return
  const connection = await writerConnection(req.payload, req)
  const table = sql.identifier(TABLES[collection].table)
  const these = sql`ARRAY[${sql.join(
    unique.map((id) => sql`${id}`),
    sql`, `,
  )}]::integer[]`
  await connection.execute(sql`SELECT id FROM ${table} WHERE id = ANY(${these}) ORDER BY id FOR NO KEY UPDATE`)
  await connection.execute(sql`
    UPDATE ${table} t SET guide_count = ${sql.raw(guideCountSql(collection))} WHERE t.id = ANY(${these})`)
}

type Relation = number | { id: number } | null | undefined

function relationIds(doc: Record<string, unknown> | null | undefined, field: TaxonomyCollection): number[] {
  const values = doc?.[field]
  if (!Array.isArray(values)) return []
  return (values as Relation[])
    .map((value) => (typeof value === 'object' && value ? value.id : value))
    .filter((id): id is number => typeof id === 'number')
}

async function recountFor(req: PayloadRequest, ...docs: (Record<string, unknown> | null | undefined)[]): Promise<void> {
  for (const collection of ['technologies', 'skills'] as const) {
    await recountGuides(
      req,
      collection,
      docs.flatMap((doc) => relationIds(doc, collection)),
    )
  }
}

/**
 * A guide's save may add or drop technologies and skills. The live document before a publish is
 * counted too: `previousDoc` is then the latest draft, which may already lack what the published
 * version named.
 */
export const countTaxonomyUse: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  await recountFor(req, doc, previousDoc, liveDocBeforeChange(context))
  return doc
}

export const countTaxonomyUseAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recountFor(req, doc)
  return doc
}
