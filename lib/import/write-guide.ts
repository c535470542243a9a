import type { Payload, PayloadRequest } from 'payload'
import type { Guide, SectionBlock } from '@/payload-types'
import { richTextFromNodes } from '@/lib/content/lexical'
import { slugify } from '@/lib/content/slug'
import type { TechnologyCategory } from '@/lib/content/taxonomy'
import type { ParsedBlock, ParsedGuide, SkillRef, TechnologyRef } from './schema'
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

const joinParagraphs = (paragraphs: string[]) => paragraphs.join('\n\n') || undefined

type GuideBlock = NonNullable<Guide['content']>[number]

/** What a document from another system knows beyond the text format (a WordPress post's dates, author, canonical URL). */
export interface GuideExtra {
  excerpt?: string
  publishedAt?: string
  author?: number
  meta?: { canonicalUrl?: string; noindex?: boolean }
}

export async function writeGuide(
  payload: Payload,
  parsed: ParsedGuide,
  options: { publish: boolean; extra?: GuideExtra },
): Promise<WriteSummary> {
  const transactionID = await payload.db.beginTransaction()
  const req: Partial<PayloadRequest> = transactionID ? { transactionID } : {}
  try {
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
      guides.docs.filter((doc) => doc.slug !== parsed.slug && doc.role).map((doc) => [nameKey(doc.role), doc.id]),
    )
    const techCounter: Counter = { created: 0, existing: 0 }
    const skillCounter: Counter = { created: 0, existing: 0 }

    const content: GuideBlock[] = []
    for (const block of parsed.blocks) content.push(await toPayloadBlock(block))

    async function toPayloadBlock(block: ParsedBlock): Promise<GuideBlock> {
      const base = { heading: block.heading, headingLevel: block.headingLevel }
      switch (block.blockType) {
        case 'section':
          return { blockType: 'section', ...base, content: richTextFromNodes(block.content) as SectionBlock['content'] }
        case 'responsibilities':
          return {
            blockType: 'responsibilities',
            ...base,
            intro: joinParagraphs(block.intro),
            items: block.items,
            outro: joinParagraphs(block.outro),
          }
        case 'technologyGroup':
          return {
            blockType: 'technologyGroup',
            ...base,
            category: block.category,
            intro: joinParagraphs(block.intro),
            technologies: await upsertTechnologies(
              payload,
              req,
              block.technologies,
              block.category,
              techCounter,
              knownTechnologies,
            ),
            outro: joinParagraphs(block.outro),
          }
        case 'skillList':
          return {
            blockType: 'skillList',
            ...base,
            intro: joinParagraphs(block.intro),
            skills: await upsertSkills(payload, req, block.skills, skillCounter, knownSkills),
            outro: joinParagraphs(block.outro),
          }
        case 'plainList':
          return {
            blockType: 'plainList',
            ...base,
            intro: joinParagraphs(block.intro),
            ordered: block.ordered,
            items: block.items.map((text) => ({ text })),
            outro: joinParagraphs(block.outro),
          }
        case 'careerPaths':
          return {
            blockType: 'careerPaths',
            ...base,
            intro: joinParagraphs(block.intro),
            items: block.items.map((title) => ({ title, guide: guidesByRole.get(nameKey(title)) ?? null })),
            outro: joinParagraphs(block.outro),
          }
        case 'salary':
          return {
            blockType: 'salary',
            ...base,
            intro: joinParagraphs(block.intro),
            rows: block.rows,
            outro: joinParagraphs(block.outro),
          }
        case 'roadmap':
          return {
            blockType: 'roadmap',
            ...base,
            intro: joinParagraphs(block.intro),
            steps: block.steps,
            outro: joinParagraphs(block.outro),
          }
        case 'faq':
          return { blockType: 'faq', ...base, intro: joinParagraphs(block.intro), items: block.items }
      }
    }

    const data = {
      title: parsed.title,
      role: parsed.role,
      slug: parsed.slug,
      excerpt: parsed.excerpt,
      content,
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
    const existing = await payload.find({
      collection: 'guides',
      where: { slug: { equals: parsed.slug } },
      draft: true,
      limit: 1,
      depth: 0,
      req,
    })
    const doc = existing.docs[0]
      ? await payload.update({ collection: 'guides', id: existing.docs[0].id, data, draft: !options.publish, req })
      : await payload.create({ collection: 'guides', data, draft: !options.publish, req })

    if (transactionID) await payload.db.commitTransaction(transactionID)
    return {
      id: doc.id,
      slug: doc.slug,
      created: !existing.docs[0],
      published: options.publish,
      technologies: techCounter,
      skills: skillCounter,
    }
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
