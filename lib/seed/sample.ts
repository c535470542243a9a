import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { parseGuideText } from '@/lib/import/parse-guide'
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
  let slug: string | undefined
  for (const file of files) {
    const { guide } = parseGuideText(await fs.readFile(path.join(SAMPLES_DIR, file), 'utf8'))
    const summary = await writeGuide(payload, guide, { publish: true })
    slug ??= summary.slug
  }
  await describeSampleTechnologies(payload)
  return { created: files.length > 0, slug }
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
