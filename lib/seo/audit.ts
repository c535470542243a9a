import type { Payload, Where } from 'payload'
import type { Guide } from '@/payload-types'
import { analyseGuide, normalizeText, seoInputOf, type SeoAnalysis, type SeoInput } from './analysis'
import { reviewAgeDays, reviewReasons, type ReviewReason } from './freshness'

/** Guides read at a time: at depth 1 a guide is tens of kilobytes, and a site may have 100,000. */
export const AUDIT_BATCH = 200

export interface AuditedGuide {
  slug: string
  published: boolean
  analysis: SeoAnalysis
  /** Why the guide's facts need checking (none: they do not), and how long they have gone unchecked. */
  review: { ageDays: number; reasons: ReviewReason[] }
}

type OtherGuide = NonNullable<SeoInput['otherGuides']>[number]

/**
 * The guides with each focus keyword (normalised as the duplicate check compares them), read in
 * batches of a few fields: each guide is then compared with its namesakes only, not with every guide.
 */
async function guidesByKeyword(payload: Payload, batchSize: number): Promise<Map<string, OtherGuide[]>> {
  const byKeyword = new Map<string, OtherGuide[]>()
  for await (const docs of batches(payload, {}, batchSize, { title: true, slug: true, meta: true }, 0)) {
    for (const doc of docs) {
      const keyword = doc.meta?.focusKeyword
      if (!keyword?.trim()) continue
      const key = normalizeText(keyword)
      byKeyword.set(key, [...(byKeyword.get(key) ?? []), { title: doc.title, slug: doc.slug, focusKeyword: keyword }])
    }
  }
  return byKeyword
}

/** The guides matching `where`, `batchSize` at a time in id order (keyset paging: no count, no offset). */
async function* batches(
  payload: Payload,
  where: Where,
  batchSize: number,
  select?: Record<string, true>,
  depth = 1,
): AsyncGenerator<Guide[]> {
  let after = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'guides',
      draft: false,
      depth,
      limit: batchSize,
      pagination: false,
      sort: 'id',
      where: { and: [where, { id: { greater_than: after } }] },
      ...(select ? { select } : {}),
      overrideAccess: true,
    })
    if (docs.length) yield docs as Guide[]
    if (docs.length < batchSize) return
    after = docs.at(-1)!.id
  }
}

/**
 * The SEO analysis and review reasons of every guide (or the one with `slug`), in id order, a batch
 * at a time: published guides as readers see them, unpublished ones as their latest draft (read for
 * the whole batch at once).
 */
export async function* auditGuides(
  payload: Payload,
  { slug, batchSize = AUDIT_BATCH, now = new Date() }: { slug?: string; batchSize?: number; now?: Date } = {},
): AsyncGenerator<AuditedGuide> {
  const byKeyword = await guidesByKeyword(payload, batchSize)
  const where: Where = slug ? { slug: { equals: slug } } : {}
  for await (const docs of batches(payload, where, batchSize)) {
    const unpublished = docs.filter((doc) => doc._status !== 'published').map((doc) => doc.id)
    const drafts = unpublished.length
      ? await payload.find({
          collection: 'guides',
          where: { id: { in: unpublished } },
          draft: true,
          depth: 1,
          limit: unpublished.length,
          pagination: false,
          overrideAccess: true,
        })
      : { docs: [] }
    const latestOf = new Map(drafts.docs.map((doc) => [doc.id, doc]))
    for (const doc of docs) {
      const latest = latestOf.get(doc.id) ?? doc
      const keyword = latest.meta?.focusKeyword
      const namesakes = keyword?.trim() ? (byKeyword.get(normalizeText(keyword)) ?? []) : []
      yield {
        slug: doc.slug,
        published: doc._status === 'published',
        analysis: analyseGuide({ ...seoInputOf(latest, namesakes), now }),
        review: { ageDays: reviewAgeDays(latest, now), reasons: reviewReasons(latest, now) },
      }
    }
  }
}
