import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Person } from '@/payload-types'
import { z } from 'zod'
import { parseGuideText } from '@/lib/import/parse-guide'
import { parsedGuideSchema, quickFactsSchema, type ParsedGuide } from '@/lib/import/schema'
import { ensurePerson } from '@/lib/import/people'
import { nameKey } from '@/lib/import/technology-names'
import { writeGuide } from '@/lib/import/write-guide'

export const SAMPLES_DIR = path.resolve(process.cwd(), 'content', 'samples')
/** Editors' descriptions of the sample's technologies: without them every technology page of a one-guide site is thin (noindex). */
export const SAMPLE_TECHNOLOGY_DESCRIPTIONS = path.resolve(process.cwd(), 'content', 'technology-descriptions.json')

/** Loads every sample document as a published guide, but only into a database that has no guides yet. */
export async function seedSampleContent(payload: Payload): Promise<{ created: boolean; slug?: string }> {
  const { totalDocs } = await payload.count({ collection: 'guides' })
  if (totalDocs > 0) return { created: false }
  const files = (await fs.readdir(SAMPLES_DIR)).filter((file) => /\.(txt|md)$/i.test(file)).sort()
  const careerData = await readSampleCareerData()
  let first: { id: number; slug: string } | undefined
  for (const file of files) {
    const { guide } = parseGuideText(await fs.readFile(path.join(SAMPLES_DIR, file), 'utf8'))
    const summary = await writeGuide(payload, withCareerData(guide, careerData[guide.slug]), { publish: true })
    first ??= summary
  }
  await describeSampleTechnologies(payload)
  if (first) await giveSampleByline(payload, first.id)
  return { created: files.length > 0, slug: first?.slug }
}

/** Editors' career data for the sample guides (quick facts, a salary table), by slug. */
export const SAMPLE_CAREER_DATA = path.resolve(process.cwd(), 'content', 'sample-career-data.json')

const careerDataSchema = z.object({
  quickFacts: quickFactsSchema.optional(),
  salary: z
    .object({
      heading: z.string(),
      /** The block it goes before, by type; at the end when the guide has none. */
      before: z.string().optional(),
      intro: z.string().optional(),
      rows: z.array(z.unknown()),
    })
    .optional(),
})
type CareerData = z.infer<typeof careerDataSchema>

async function readSampleCareerData(): Promise<Record<string, CareerData>> {
  const { $comment: _, ...bySlug } = JSON.parse(await fs.readFile(SAMPLE_CAREER_DATA, 'utf8')) as Record<
    string,
    unknown
  >
  return z.record(z.string(), careerDataSchema).parse(bySlug)
}

/** The parsed document with the editors' data added, checked as any import is (lib/import/schema.ts). */
export function withCareerData(guide: ParsedGuide, data: CareerData | undefined): ParsedGuide {
  if (!data) return guide
  const blocks = [...guide.blocks]
  if (data.salary) {
    const { before, intro, ...salary } = data.salary
    const at = blocks.findIndex((block) => block.blockType === before)
    const block = { blockType: 'salary', headingLevel: '2', intro: intro ? [intro] : [], outro: [], ...salary }
    blocks.splice(at === -1 ? blocks.length : at, 0, block as ParsedGuide['blocks'][number])
  }
  return parsedGuideSchema.parse({ ...guide, blocks, ...(data.quickFacts && { quickFacts: data.quickFacts }) })
}

type SamplePerson = Pick<Person, 'name' | 'jobTitle' | 'credentials' | 'bio' | 'sameAs'>

/** The sample guide's author and reviewer (fictional), so that a new site shows bylines and profile pages. */
export const SAMPLE_BYLINE = {
  author: {
    name: 'Maya Fernandes',
    jobTitle: 'Senior Back-End Engineer',
    bio: 'Maya has built APIs and data pipelines for payment and logistics companies for twelve years, and mentors developers moving into back-end work.',
    sameAs: [{ url: 'https://example.com/maya-fernandes' }],
  },
  reviewer: {
    name: 'Daniel Okafor',
    jobTitle: 'Principal Cloud Architect',
    credentials: 'PhD, AWS Certified Solutions Architect',
    bio: 'Daniel designs cloud platforms for large engineering teams and reviews our guides on back-end and cloud careers for technical accuracy.',
  },
  lastReviewedAt: '2026-11-20T12:00:00.000Z',
} satisfies { author: SamplePerson; reviewer: SamplePerson; lastReviewedAt: string }

/** A sample person's profile: the existing one of that name as it is, else a new one with the sample's details. */
async function sampleProfile(payload: Payload, person: SamplePerson): Promise<number> {
  const { id, created } = (await ensurePerson(payload, {}, { name: person.name }))!
  if (created) await payload.update({ collection: 'people', id, data: person })
  return id
}

async function giveSampleByline(payload: Payload, guideId: number) {
  const author = await sampleProfile(payload, SAMPLE_BYLINE.author)
  const reviewer = await sampleProfile(payload, SAMPLE_BYLINE.reviewer)
  await payload.update({
    collection: 'guides',
    id: guideId,
    data: { authors: [author], reviewer, lastReviewedAt: SAMPLE_BYLINE.lastReviewedAt },
  })
}

/** Gives the seeded technologies that have no description the sample's own (matched by name as the importer matches). */
async function describeSampleTechnologies(payload: Payload) {
  const descriptions = new Map(
    Object.entries(JSON.parse(await fs.readFile(SAMPLE_TECHNOLOGY_DESCRIPTIONS, 'utf8')) as Record<string, string>).map(
      ([name, text]) => [nameKey(name), text],
    ),
  )
  const { docs } = await payload.find({
    collection: 'technologies',
    pagination: false,
    depth: 0,
    select: { name: true, abbreviation: true, description: true },
  })
  for (const technology of docs) {
    if (technology.description?.trim()) continue
    const description =
      descriptions.get(nameKey(technology.name)) ??
      (technology.abbreviation ? descriptions.get(nameKey(technology.abbreviation)) : undefined)
    if (description) await payload.update({ collection: 'technologies', id: technology.id, data: { description } })
  }
}
