import fs from 'node:fs/promises'
import path from 'node:path'
import type { WriteContext } from '@/blocks/import'
import { taxonomyOf } from '@/collections/Guides/hooks/collectTaxonomy'
import { guidePath } from '@/lib/config/site'
import { parseGuideText } from '@/lib/import/parse-guide'
import { guideData } from '@/lib/import/write-guide'
import { SAMPLES_DIR } from '@/lib/seed/sample'
import { HIGHLIGHT_END, HIGHLIGHT_START, highlightParts } from '@/lib/search/search-text'
import type { OpenApiExamples } from './document'

export const SAMPLE_GUIDE_FILE = path.join(SAMPLES_DIR, 'back-end-developer-career-guide.txt')

// Ids and dates as a fresh site would give the seeded sample.
const SAMPLE_ID = 1
const SAMPLE_DATE = '2026-01-05T09:00:00.000Z'

/**
 * The read API's examples from the sample guide (content/samples): the guide as the importer stores it
 * and `GET /api/guides/{id}?depth=0` answers it, with one block of each kind so that every block's
 * shape is shown; related technologies and skills are numbered in order.
 */
export async function readApiExamples(file = SAMPLE_GUIDE_FILE): Promise<Required<OpenApiExamples>> {
  const { guide } = parseGuideText(await fs.readFile(file, 'utf8'))
  const kinds = new Set<string>()
  const blocks = guide.blocks.filter((block) => !kinds.has(block.blockType) && kinds.add(block.blockType))
  let lastId = 0
  const number = (refs: readonly unknown[]) => Promise.resolve(refs.map(() => ++lastId))
  const context: WriteContext = { technologies: number, skills: number, guideOfRole: () => null }
  const data = await guideData({ ...guide, blocks }, context, { publish: true })
  const example = {
    id: SAMPLE_ID,
    ...data,
    excerpt: data.excerpt || null,
    meta: { image: null, canonicalUrl: null, noindex: false, ...data.meta },
    ...taxonomyOf(data.content),
    publishedAt: SAMPLE_DATE,
    updatedAt: SAMPLE_DATE,
    createdAt: SAMPLE_DATE,
  }
  const snippet = `${data.role}s work with relational databases such as ${HIGHLIGHT_START}PostgreSQL${HIGHLIGHT_END} and MySQL …`
  const search = {
    query: 'postgres',
    results: [{ title: data.title, role: data.role, url: guidePath(data.slug), snippet: highlightParts(snippet) }],
  }
  // Through JSON, as the API answers: no undefined values.
  return JSON.parse(JSON.stringify({ guide: example, search })) as Required<OpenApiExamples>
}
