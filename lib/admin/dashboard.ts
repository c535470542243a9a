import type { Payload, TypedUser, Where } from 'payload'
import { hasRole } from '@/collections/access'
import { analyseGuide, seoInputOf } from '@/lib/seo/analysis'
import { needsReview, type NeedsReview } from './needs-review'

/** How many recently edited guides the dashboard analyses for SEO problems (each is a full read). */
export const SEO_SAMPLE = 100

export interface EditorToDo {
  pendingComments: number
  drafts: number
  scheduled: { id: number; title: string; at: string }[]
  seoProblems: { id: number; title: string; problems: number }[]
  seoChecked: number
  needsReview: NeedsReview
}

/**
 * What needs an editor's attention, as the dashboard lists it: comments awaiting moderation, guides
 * never published, guides scheduled to go live, guides whose SEO analysis finds a problem, and
 * published guides whose facts need another review (`needs-review.ts`).
 * Everything is read with the user's own access; an author's list holds the guides they write.
 */
export async function editorToDo(payload: Payload, user: TypedUser): Promise<EditorToDo> {
  const asUser = { user, overrideAccess: false } as const
  const mine: Where = hasRole({ user }, 'admin', 'editor') ? {} : { author: { equals: user.id } }
  const canModerate = await payload
    .count({ collection: 'comments', where: { status: { equals: 'pending' } }, ...asUser })
    .then(({ totalDocs }) => totalDocs)
    .catch(() => 0)
  const { totalDocs: drafts } = await payload.count({
    collection: 'guides',
    where: { and: [{ _status: { equals: 'draft' } }, mine] },
    ...asUser,
  })
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { waitUntil: { greater_than: new Date().toISOString() } },
        { 'input.doc.relationTo': { equals: 'guides' } },
      ],
    },
    sort: 'waitUntil',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  const scheduledIds = jobs.docs
    .map((job) => Number((job.input as { doc?: { value?: unknown } } | null)?.doc?.value))
    .filter(Number.isFinite)
  const scheduledGuides = scheduledIds.length
    ? await payload.find({
        collection: 'guides',
        where: { and: [{ id: { in: scheduledIds } }, mine] },
        draft: true,
        depth: 0,
        limit: scheduledIds.length,
        select: { title: true },
        ...asUser,
      })
    : { docs: [] }
  const titles = new Map(scheduledGuides.docs.map((guide) => [guide.id, guide.title || 'Untitled guide']))
  const scheduled = jobs.docs.flatMap((job, i) =>
    titles.has(scheduledIds[i]!)
      ? [{ id: scheduledIds[i]!, title: titles.get(scheduledIds[i]!)!, at: String(job.waitUntil) }]
      : [],
  )

  const recent = await payload.find({
    collection: 'guides',
    where: mine,
    draft: true,
    depth: 1,
    limit: SEO_SAMPLE,
    sort: '-updatedAt',
    ...asUser,
  })
  const otherGuides = recent.docs.map((doc) => ({
    title: doc.title,
    slug: doc.slug,
    focusKeyword: doc.meta?.focusKeyword,
  }))
  const seoProblems = recent.docs.flatMap((doc) => {
    const problems = analyseGuide(seoInputOf(doc, otherGuides)).checks.filter(
      (check) => check.status === 'problem',
    ).length
    return problems ? [{ id: doc.id, title: doc.title || 'Untitled guide', problems }] : []
  })
  return {
    pendingComments: canModerate,
    drafts,
    scheduled,
    seoProblems,
    seoChecked: recent.docs.length,
    needsReview: await needsReview(payload, user),
  }
}
