import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { drizzleOf } from '@/lib/db/drizzle'
import { parseGuideText } from '@/lib/import/parse-guide'
import { previewOf } from '@/lib/import/preview'
import { previewContext } from '@/lib/import/preview-context'
import type { ParsedBlock } from '@/lib/import/schema'
import { writeGuide } from '@/lib/import/write-guide'
import { payloadForThisFile, unique } from './payload'

/**
 * Writers' documents the importer was not built on, imported through the Local API: the technologies
 * table gets the names listed under technology headings and nothing else.
 */
const getPayload = payloadForThisFile()
let payload: Payload
beforeAll(() => {
  payload = getPayload()
})

const read = (name: string) => fs.readFileSync(`tests/fixtures/writers/${name}`, 'utf8')

/** Every list item of the parsed guide that is not under a technology heading. */
const otherListItems = (blocks: ParsedBlock[]) =>
  blocks.flatMap((block) =>
    block.blockType === 'plainList' || block.blockType === 'careerPaths'
      ? block.items
      : block.blockType === 'section'
        ? block.content.flatMap((node) => (node.type === 'list' ? node.items : []))
        : [],
  )

async function technologyNamesOf(guideId: number) {
  const guide = await payload.findByID({ collection: 'guides', id: guideId, depth: 1, draft: true })
  return (guide.content ?? []).flatMap((block) =>
    block.blockType === 'technologyGroup'
      ? (block.technologies ?? []).map((t) => (typeof t === 'object' ? t.name : `id ${t}`))
      : [],
  )
}

describe.each([
  [
    'devops-engineer.txt',
    ['Python', 'Go', 'Bash', 'Docker', 'Kubernetes', 'Helm', 'AWS', 'Microsoft Azure', 'Google Cloud'],
  ],
  ['cloud-engineer.md', ['Amazon Web Services', 'Microsoft Azure', 'Google Cloud Platform']],
  ['api-developer.txt', ['REST', 'GraphQL', 'gRPC', 'Express.js', 'FastAPI', 'Spring Boot']],
])('importing %s', (file, listed) => {
  it('stores only the listed technologies, and none of the other list items', async () => {
    const { guide } = parseGuideText(read(file))
    const items = otherListItems(guide.blocks)
    expect(items.length).toBeGreaterThan(0)
    // Other guides may have such a skill ("Communication"); this import must add none.
    const named = async () => {
      const names = items.flatMap((item) => [item, item.replace(/[.;,:]+$/, '')])
      // equals, not in: an item with a comma would be read by `in` as two names.
      const where = { or: names.map((name) => ({ name: { equals: name } })) }
      const technologies = await payload.find({ collection: 'technologies', where, limit: 100, depth: 0 })
      const skills = await payload.find({ collection: 'skills', where, limit: 100, depth: 0 })
      return [...technologies.docs, ...skills.docs].map((doc) => doc.name).sort()
    }
    const before = await named()
    const { id } = await writeGuide(payload, { ...guide, slug: unique('writers') }, { publish: false })

    // The site may already have a technology under another spelling ("AWS" is Amazon Web Services).
    expect(await technologyNamesOf(id)).toHaveLength(listed.length)
    expect(await named()).toEqual(before)
  })
})

describe('a technology under another name', () => {
  it('“Postgres” links the site’s PostgreSQL, says so in the preview and creates no second one', async () => {
    const existing = await payload.find({
      collection: 'technologies',
      where: { name: { equals: 'PostgreSQL' } },
      limit: 1,
    })
    const postgresql =
      existing.docs[0] ??
      (await payload.create({
        collection: 'technologies',
        data: { name: 'PostgreSQL', slug: 'postgresql', category: 'relational-database' },
      }))
    const parsed = parseGuideText(read('data-engineer.txt'))
    const slug = unique('data-engineer')

    const preview = previewOf(parsed, await previewContext(payload, slug))
    const relational = preview.sections.find((section) => section.heading === 'Relational Databases')!
    expect(relational.summary).toMatch(/^Technology group · Relational databases · 2 known, Postgres = PostgreSQL$/)

    const { id } = await writeGuide(payload, { ...parsed.guide, slug }, { publish: false })
    const guide = await payload.findByID({ collection: 'guides', id, depth: 0, draft: true })
    const group = guide.content!.find((block) => block.heading === 'Relational Databases')
    expect(group?.blockType === 'technologyGroup' && group.technologies).toContain(postgresql.id)
    expect(
      (await payload.count({ collection: 'technologies', where: { name: { equals: 'Postgres' } } })).totalDocs,
    ).toBe(0)
  })
})

describe('re-importing a published guide', () => {
  it('is announced in the preview before anything is written', async () => {
    const slug = unique('api-developer')
    const original = parseGuideText(read('api-developer.txt'))
    const parsed = { ...original, guide: { ...original.guide, slug } }
    expect(previewOf(parsed, await previewContext(payload, slug)).existing).toBeNull()
    await writeGuide(payload, { ...parsed.guide, slug }, { publish: true })
    const again = previewOf(parsed, await previewContext(payload, slug))
    expect(again.existing).toMatchObject({ title: 'API Developer – Career Guide', status: 'published' })
    expect(again.warnings[0]!.message).toBe(
      `This import updates the published guide “API Developer – Career Guide” (/guides/${slug}) rather than creating a new one; its current content stays in the guide’s version history.`,
    )
  })
})

describe('an empty container heading', () => {
  it('is stored as a section Lexical can load', async () => {
    const { guide } = parseGuideText(read('devops-engineer.txt'))
    const { id } = await writeGuide(payload, { ...guide, slug: unique('empty-heading') }, { publish: false })
    const stored = await payload.findByID({ collection: 'guides', id, depth: 0, draft: true })
    const section = stored.content!.find((block) => block.heading === 'Essential Technical Skills')
    expect(section?.blockType).toBe('section')
    const content = section?.blockType === 'section' ? section.content : undefined
    const { createHeadlessEditor } = await import('@lexical/headless')
    const editor = createHeadlessEditor({
      nodes: [],
      onError: (error) => {
        throw error
      },
    })
    expect(() => editor.setEditorState(editor.parseEditorState(content as never))).not.toThrow()
  })
})

describe('a section stored with an empty root by an earlier import', () => {
  it('reads back as rich text Lexical can load', async () => {
    const { guide } = parseGuideText(read('devops-engineer.txt'))
    const { id } = await writeGuide(payload, { ...guide, slug: unique('old-empty-root') }, { publish: false })
    const emptyRoot = JSON.stringify({
      root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [] },
    })
    const { rows } = await drizzleOf(payload).execute(
      sql`UPDATE guides_blocks_section SET content = ${emptyRoot}::jsonb WHERE _parent_id = ${id} AND heading = 'Essential Technical Skills' RETURNING id`,
    )
    expect(rows).toHaveLength(1)

    // A guide never published keeps its draft in the main table, which the update changed.
    const stored = await payload.findByID({ collection: 'guides', id, depth: 0 })
    const section = stored.content!.find((block) => block.heading === 'Essential Technical Skills')
    const { createHeadlessEditor } = await import('@lexical/headless')
    const editor = createHeadlessEditor({
      nodes: [],
      onError: (error) => {
        throw error
      },
    })
    expect(() =>
      editor.setEditorState(editor.parseEditorState((section as unknown as { content: never }).content)),
    ).not.toThrow()
  })
})
