import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { parseGuideText } from './import/parse-guide'
import { writeGuide } from './import/write-guide'

export const SAMPLES_DIR = path.resolve(process.cwd(), 'content', 'samples')

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
  return { created: files.length > 0, slug }
}
