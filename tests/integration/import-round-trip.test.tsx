import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { GuideBlocks } from '@/components/guide/GuideBlocks'
import { parseGuideText } from '@/lib/import/parse-guide'
import type { ParsedBlock } from '@/lib/import/schema'
import { previewOf } from '@/lib/import/preview'
import { previewContext } from '@/lib/import/preview-context'
import { writeGuide } from '@/lib/import/write-guide'
import { payloadForThisFile, unique } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload
beforeAll(() => {
  payload = getPayload()
})

/**
 * Every piece of text a parsed block carries, as a reader should find it on the page; a technology
 * the site has under another name (“AWS” for Amazon Web Services) shows as the preview said it would.
 */
function textsOf(block: ParsedBlock, technologyNames: string[] = []): string[] {
  const common = [block.heading, ...('intro' in block ? block.intro : []), ...('outro' in block ? block.outro : [])]
  switch (block.blockType) {
    case 'section':
      return [block.heading, ...block.content.flatMap((node) => (node.type === 'paragraph' ? [node.text] : node.items))]
    case 'responsibilities':
      return [...common, ...block.items.flatMap((item) => [item.title, item.description].filter(Boolean))]
    case 'technologyGroup':
      return [...common, ...block.technologies.map((t, index) => technologyNames[index] ?? t.name)]
    case 'skillList':
      return [...common, ...block.skills.map((s) => s.name)]
    case 'plainList':
    case 'careerPaths':
      return [...common, ...block.items]
    case 'salary':
      return [...common, ...block.rows.map((row) => row.region)]
    case 'roadmap':
      return [...common, ...block.steps.flatMap((step) => [step.title, step.description].filter(Boolean))]
    case 'faq':
      return [...common, ...block.items.flatMap((item) => [item.question, item.answer])]
  }
}

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')

describe.each([
  'tests/fixtures/variations.txt',
  'tests/fixtures/markdown.md',
  'content/samples/back-end-developer-career-guide.txt',
])('importing %s and rendering the guide', (file) => {
  it('shows every item of the source document', async () => {
    const result = parseGuideText(fs.readFileSync(file, 'utf8'))
    const { guide: parsed } = result
    const slug = unique('round-trip')
    const preview = previewOf(result, await previewContext(payload, slug))
    const { id } = await writeGuide(payload, { ...parsed, slug }, { publish: true })
    const stored = await payload.findByID({ collection: 'guides', id, depth: 1, overrideAccess: false })

    const html = decode(renderToStaticMarkup(<GuideBlocks blocks={stored.content ?? []} />))
    const missing = parsed.blocks
      .flatMap((block, index) =>
        textsOf(
          block,
          preview.sections[index]!.technologies?.map((match) => match.name),
        ),
      )
      .flatMap((text) => text.split('\n\n'))
      .filter((text) => !html.includes(text))
    expect(missing).toEqual([])
    expect(stored.content).toHaveLength(parsed.blocks.length)
  })
})

describe('importing while empty drafts exist', () => {
  it('imports beside a draft left by Create New (no title, role or slug)', async () => {
    // What the admin's Create New leaves behind: autosave creates the draft before anything is typed.
    const empty = await payload.create({ collection: 'guides', data: {}, draft: true })
    expect(empty.role ?? null).toBeNull()
    const { guide: parsed } = parseGuideText(
      fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'),
    )
    const { id } = await writeGuide(payload, { ...parsed, slug: unique('beside-empty-draft') }, { publish: false })
    expect((await payload.findByID({ collection: 'guides', id, draft: true })).title).toBe(parsed.title)
  })
})
