import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { cacheTags } from '@/lib/cache/tags'
import { writerConnection } from '@/lib/cache/events/notify'
import { expireCacheTags } from '@/lib/cache/revalidate'
import { publicPath } from '@/lib/config/site'
import { hasRole } from '@/collections/access'
import { redirectPathToDocument } from '@/collections/Redirects/redirect-to-document'
import { recountGuides, type TaxonomyCollection } from '@/collections/hooks/countTaxonomyUse'

const problem = (status: number, error: string) => Response.json({ error }, { status })

// Ids are PostgreSQL integers: a larger number is no id at all (it failed in the database as a 500).
const idSchema = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().positive().max(2_147_483_647))
const mergeRequestSchema = z.object(
  { into: idSchema },
  { error: 'Send JSON like {"into": 12}: the id to merge this one into.' },
)

const WORDS = {
  technologies: { one: 'technology', slugTag: cacheTags.technology },
  skills: { one: 'skill', slugTag: cacheTags.skill },
} as const

export class MergeError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

type Named = { id: number; name: string; slug?: string | null }

/**
 * Merges one technology (or skill) into another, in one transaction: every guide (its main row,
 * its drafts and its history) and every framework's language now link to the target, the source is
 * deleted through Payload (its own hooks run), its page redirects to the target for good, and
 * redirects that led to the source lead to the target. Any failure rolls all of it back.
 */
export async function mergeTaxonomy(
  req: PayloadRequest,
  collection: TaxonomyCollection,
  fromId: number,
  intoId: number,
) {
  const { one, slugTag } = WORDS[collection]
  if (fromId === intoId) throw new MergeError(400, `A ${one} cannot be merged into itself: choose another ${one}.`)
  const shouldCommit = await initTransaction(req)
  try {
    const find = (id: number) =>
      req.payload.findByID({
        collection,
        id,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      }) as Promise<Named | null>
    const [from, into] = [await find(fromId), await find(intoId)]
    if (!from) throw new MergeError(404, `There is no ${one} with id ${fromId}.`)
    if (!into) throw new MergeError(404, `There is no ${one} with id ${intoId} to merge into.`)

    const db = await writerConnection(req.payload, req)
    const column = sql.identifier(collection === 'technologies' ? 'technologies_id' : 'skills_id')
    const guides = (await db.execute(sql`
      SELECT id, slug FROM guides WHERE id IN (
        SELECT parent_id FROM guides_rels WHERE ${column} = ${fromId}
        UNION SELECT v.parent_id FROM _guides_v_rels vr JOIN _guides_v v ON v.id = vr.parent_id WHERE vr.${column} = ${fromId})`)) as {
      rows: { id: number; slug: string | null }[]
    }
    for (const table of [sql.identifier('guides_rels'), sql.identifier('_guides_v_rels')]) {
      // A guide that names both keeps one link: the source's row goes where the target's already is.
      await db.execute(sql`
        DELETE FROM ${table} r WHERE r.${column} = ${fromId}
        AND EXISTS (SELECT 1 FROM ${table} o WHERE o.parent_id = r.parent_id AND o.path = r.path AND o.${column} = ${intoId})`)
      await db.execute(sql`UPDATE ${table} SET ${column} = ${intoId} WHERE ${column} = ${fromId}`)
    }
    if (collection === 'technologies') {
      await db.execute(
        sql`UPDATE technologies SET language_id = ${intoId} WHERE language_id = ${fromId} AND id <> ${intoId}`,
      )
    }
    await db.execute(sql`UPDATE redirects_rels SET ${column} = ${intoId} WHERE ${column} = ${fromId}`)

    await req.payload.delete({ collection, id: fromId, req, overrideAccess: true })

    if (from.slug) await redirectPathToDocument(req, publicPath(collection, from.slug), collection, intoId)
    await recountGuides(req, collection, [intoId])

    const slugs = guides.rows.map((guide) => guide.slug).filter((slug): slug is string => Boolean(slug))
    await expireCacheTags(req, [
      cacheTags.taxonomy,
      cacheTags.redirects,
      cacheTags.guideList,
      ...[from.slug, into.slug].filter((slug): slug is string => Boolean(slug)).map(slugTag),
      ...slugs.map(cacheTags.guide),
    ])
    if (shouldCommit) await commitTransaction(req)
    return { from: fromId, into: intoId, guides: guides.rows.length }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** POST /api/technologies/:id/merge (and /api/skills/:id/merge) with {"into": <id>}: editors and admins only. */
export function mergeTaxonomyEndpoint(collection: TaxonomyCollection): Endpoint {
  const { one } = WORDS[collection]
  return {
    path: '/:id/merge',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return problem(401, `Sign in as an editor to merge ${collection}.`)
      if (!hasRole(req, 'admin', 'editor')) return problem(403, `Only editors and admins can merge ${collection}.`)
      const fromId = idSchema.safeParse(req.routeParams?.id)
      if (!fromId.success)
        return problem(400, `The ${one} to merge must be a numeric id in the path, e.g. /api/${collection}/12/merge.`)
      let body: unknown
      try {
        body = await req.json?.()
      } catch {
        return problem(400, 'The request body must be JSON: {"into": <id of the one to keep>}.')
      }
      const request = mergeRequestSchema.safeParse(body)
      if (!request.success)
        return problem(400, `"into" must be the numeric id of the ${one} to keep, e.g. {"into": 12}.`)
      try {
        return Response.json({ merged: await mergeTaxonomy(req, collection, fromId.data, request.data.into) })
      } catch (error) {
        if (error instanceof MergeError) return problem(error.status, error.message)
        req.payload.logger.error({ err: error, msg: `merging ${collection} failed` })
        return problem(500, `The merge failed and nothing was changed. Try again, or tell the site’s developers.`)
      }
    },
  }
}
