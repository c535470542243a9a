import type { CollectionAfterChangeHook, Where } from 'payload'
import { canPublish } from '@/collections/access'

type GuideDoc = { id: number; _status?: 'draft' | 'published' | null; publishedAt?: string | null }

/** The schedulePublish jobs still waiting for a guide (the same query as the admin's schedule drawer). */
export const upcomingPublication = (id: number): Where => ({
  and: [
    { taskSlug: { equals: 'schedulePublish' } },
    { waitUntil: { greater_than: new Date().toISOString() } },
    { 'input.doc.value': { equals: String(id) } },
    { 'input.doc.relationTo': { equals: 'guides' } },
  ],
})

/**
 * A draft saved with `publishedAt` in the future is scheduled: Payload's schedulePublish job publishes
 * it at that moment, with nobody clicking. Changing the date moves the job; a date in the past or an
 * earlier publish cancels it. Only someone who may publish schedules; an author's date is a proposal.
 */
export const schedulePublication: CollectionAfterChangeHook<GuideDoc> = async ({ doc, previousDoc, req }) => {
  if (req.user && !canPublish(req)) return doc
  const when = doc.publishedAt ? new Date(doc.publishedAt) : null
  const wanted = doc._status === 'draft' && when !== null && when.getTime() > Date.now()
  // Autosaves that change neither the date nor the status have nothing to schedule or cancel.
  if (!wanted && previousDoc?.publishedAt === doc.publishedAt && previousDoc?._status === doc._status) return doc
  const { docs: pending } = await req.payload.find({
    collection: 'payload-jobs',
    where: upcomingPublication(doc.id),
    depth: 0,
    limit: 10,
    req,
    overrideAccess: true,
  })
  if (wanted && pending.length === 1 && new Date(pending[0]!.waitUntil!).getTime() === when.getTime()) return doc
  if (pending.length)
    await req.payload.delete({
      collection: 'payload-jobs',
      where: { id: { in: pending.map((job) => job.id) } },
      req,
      overrideAccess: true,
    })
  if (wanted) {
    await req.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: when,
      // Stored as a string, as the admin's Schedule Publish does, so its drawer lists this job too
      // (the generated type says number; the task converts it back, see payload#10481).
      input: {
        type: 'publish',
        doc: { relationTo: 'guides', value: String(doc.id) as unknown as number },
        ...(req.user && { user: { relationTo: 'users', value: req.user.id } }),
      },
      req,
    })
  }
  return doc
}
