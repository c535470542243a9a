import type { Payload, PayloadRequest, Where } from 'payload'
import type { WriteContext } from '@/blocks/import'
import { toPayloadBlock } from '@/blocks/registry/imports'
import type { GuideBlock } from '@/blocks/types'
import { slugify } from '@/lib/content/slug'
import type { TechnologyCategory } from '@/lib/content/taxonomy'
import type { ParsedGuide, QuickFacts, SkillRef, TechnologyRef } from './schema'
import { ensurePerson } from './people'
import { nameKey, technologyDictionary, TechnologyMatcher } from './technology-names'

export { nameKey }

/**
 * Writes a parsed guide with its technologies and skills in one transaction: either everything is
 * stored or nothing is. Technologies and skills are matched to existing ones by name (ignoring case
 * and punctuation) or abbreviation, so they are never duplicated across guides.
 */

export interface WriteSummary {
  id: number
  slug: string
  created: boolean
  published: boolean
  technologies: { created: number; existing: number }
  skills: { created: number; existing: number }
}

type Counter = { created: number; existing: number }

async function upsertTechnologies(
  payload: Payload,
  req: Partial<PayloadRequest>,
  refs: TechnologyRef[],
  category: TechnologyCategory,
  counter: Counter,
  matcher: TechnologyMatcher,
) {
  const ids: number[] = []
  for (const ref of refs) {
    const match = matcher.match(ref)
    let id = match.id
    if (id === undefined) {
      const created = await payload.create({
        collection: 'technologies',
        data: { name: match.name, abbreviation: match.abbreviation, category, slug: slugify(match.name) },
        req,
      })
      id = created.id
      matcher.remember(created)
      counter.created++
    } else counter.existing++
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

async function upsertSkills(
  payload: Payload,
  req: Partial<PayloadRequest>,
  refs: SkillRef[],
  counter: Counter,
  known: Map<string, number>,
) {
  const ids: number[] = []
  for (const ref of refs) {
    const key = nameKey(ref.name)
    let id = known.get(key)
    if (id === undefined) {
      const created = await payload.create({
        collection: 'skills',
        data: { name: ref.name, kind: ref.kind, slug: slugify(ref.name) },
        req,
      })
      id = created.id
      counter.created++
    } else counter.existing++
    known.set(key, id)
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

/** The site's technologies, skills and guides by name, to link a guide's blocks to rather than duplicate them. */
async function siteNames(payload: Payload, req: Partial<PayloadRequest>, slug: string) {
  // One after another: inside a transaction every query shares one connection.
  const technologies = await payload.find({
    collection: 'technologies',
    pagination: false,
    depth: 0,
    select: { name: true, abbreviation: true },
    req,
  })
  const skills = await payload.find({
    collection: 'skills',
    pagination: false,
    depth: 0,
    select: { name: true },
    req,
  })
  const guides = await payload.find({
    collection: 'guides',
    pagination: false,
    depth: 0,
    draft: true,
    select: { role: true, slug: true },
    req,
  })
  const knownTechnologies = new TechnologyMatcher(await technologyDictionary(), technologies.docs)
  const knownSkills = new Map(skills.docs.map((doc) => [nameKey(doc.name), doc.id]))
  // Drafts just made with Create New have no role yet.
  const guidesByRole = new Map(
    guides.docs.filter((doc) => doc.slug !== slug && doc.role).map((doc) => [nameKey(doc.role), doc.id]),
  )
  return { knownTechnologies, knownSkills, guidesByRole }
}

/** What a document from another system knows beyond the text format (a WordPress post's dates, author, canonical URL). */
export interface GuideExtra {
  excerpt?: string
  publishedAt?: string
  author?: number
  featuredImage?: number
  /**
   * The document's identity in its system ("wordpress:<GUID>"): the guide imported from it before
   * is updated even when its slug changed since, and a guide matched by slug remembers it.
   */
  importedFrom?: string
  /** Author profiles (the WordPress post's author's). */
  authors?: number[]
  meta?: { canonicalUrl?: string; noindex?: boolean }
}

async function findExistingGuide(
  payload: Payload,
  req: Partial<PayloadRequest>,
  slug: string,
  importedFrom: string | undefined,
) {
  const matches: Where[] = [{ slug: { equals: slug } }]
  if (importedFrom) matches.unshift({ importedFrom: { equals: importedFrom } })
  for (const where of matches) {
    const { docs } = await payload.find({ collection: 'guides', where, draft: true, limit: 1, depth: 0, req })
    if (docs[0]) return docs[0]
  }
  return undefined
}

/**
 * The document's quick facts as the guide stores them. A figure the document gives replaces the
 * stored one whole (a source or year it does not name is cleared, never left from the old figure);
 * facts it does not give keep what an editor entered.
 */
export function quickFactsData(facts: QuickFacts) {
  const whole = <T extends object>(figure: T | undefined, keys: string[]) =>
    figure && { ...Object.fromEntries(keys.map((key) => [key, null])), ...figure }
  return {
    ...(facts.medianPay && { medianPay: whole(facts.medianPay, ['source', 'year', 'region']) }),
    ...(facts.entryEducation && { entryEducation: facts.entryEducation }),
    ...(facts.experience && { experience: facts.experience }),
    ...(facts.outlook && { outlook: whole(facts.outlook, ['fromYear', 'toYear', 'source']) }),
    ...(facts.jobs && { jobs: whole(facts.jobs, ['year', 'source']) }),
  }
}

/** The guide as Payload stores it, its blocks' technologies and skills found (or made) by `context`. */
export async function guideData(
  parsed: ParsedGuide,
  context: WriteContext,
  options: { publish: boolean; extra?: GuideExtra },
) {
  // One block after another: their technologies and skills are created in the document's order.
  const content: GuideBlock[] = []
  for (const block of parsed.blocks) content.push(await toPayloadBlock(block, context))
  return {
    title: parsed.title,
    role: parsed.role,
    slug: parsed.slug,
    excerpt: parsed.excerpt,
    content,
    ...(parsed.quickFacts && { quickFacts: quickFactsData(parsed.quickFacts) }),
    _status: options.publish ? ('published' as const) : ('draft' as const),
    ...options.extra,
    meta: {
      title: parsed.meta.title,
      description: parsed.meta.description,
      focusKeyword: parsed.meta.focusKeyword,
      secondaryKeywords: parsed.meta.secondaryKeywords,
      ...options.extra?.meta,
    },
  }
}

export async function writeGuide(
  payload: Payload,
  parsed: ParsedGuide,
  options: { publish: boolean; extra?: GuideExtra },
): Promise<WriteSummary> {
  const transactionID = await payload.db.beginTransaction()
  const req: Partial<PayloadRequest> = transactionID ? { transactionID } : {}
  try {
    const { knownTechnologies, knownSkills, guidesByRole } = await siteNames(payload, req, parsed.slug)
    const techCounter: Counter = { created: 0, existing: 0 }
    const skillCounter: Counter = { created: 0, existing: 0 }

    const context: WriteContext = {
      technologies: (refs, category) =>
        upsertTechnologies(payload, req, refs, category, techCounter, knownTechnologies),
      skills: (refs) => upsertSkills(payload, req, refs, skillCounter, knownSkills),
      guideOfRole: (title) => guidesByRole.get(nameKey(title)) ?? null,
    }
    // The document's "Author:" names, each one profile (lib/import/people.ts); none named, none changed.
    const authors: number[] = []
    for (const name of parsed.authors ?? []) {
      const person = await ensurePerson(payload, req, { name })
      if (person && !authors.includes(person.id)) authors.push(person.id)
    }
    const reviewer = parsed.reviewer ? (await ensurePerson(payload, req, { name: parsed.reviewer }))?.id : undefined
    const data = {
      ...(authors.length && { authors }),
      ...(reviewer && { reviewer }),
      ...(await guideData(parsed, context, options)),
    }
    const existing = await findExistingGuide(payload, req, parsed.slug, options.extra?.importedFrom)
    const doc = existing
      ? await payload.update({ collection: 'guides', id: existing.id, data, draft: !options.publish, req })
      : await payload.create({ collection: 'guides', data, draft: !options.publish, req })

    if (transactionID) await payload.db.commitTransaction(transactionID)
    return {
      id: doc.id,
      slug: doc.slug,
      created: !existing,
      published: options.publish,
      technologies: techCounter,
      skills: skillCounter,
    }
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
