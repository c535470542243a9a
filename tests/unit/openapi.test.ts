import { beforeAll, describe, expect, it } from '@jest/globals'
import { expectValidOpenApi31 } from '@/tests/support/openapi'
import config from '@payload-config'
import { ANONYMOUS_MAX_LIMIT } from '@/collections/plugins/refuseUnreadableInput'
import { openApiDocument } from '@/lib/openapi/document'
import { readApiExamples } from '@/lib/openapi/examples'
import { schemaErrors } from '../support/json-schema'

/** The read API's OpenAPI document as lib/openapi generates it from payload.config.ts. */
type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
let doc: Doc
let examples: Awaited<ReturnType<typeof readApiExamples>>

beforeAll(async () => {
  examples = await readApiExamples()
  doc = await openApiDocument(await config, examples)
})

const schema = (name: string) => doc.components.schemas[name]

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    await expectValidOpenApi31(doc)
  })

  it('documents the public reads: guides, technologies, skills (list and by id), search and itself', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/guides',
        '/api/guides/{id}',
        '/api/technologies',
        '/api/technologies/{id}',
        '/api/skills',
        '/api/skills/{id}',
        '/api/search',
        '/api/openapi.json',
      ].sort(),
    )
    const listParameters = doc.paths['/api/guides'].get.parameters.map((parameter: { $ref: string }) =>
      parameter.$ref.split('/').pop(),
    )
    expect(listParameters).toEqual(['WhereSlugEquals', 'Depth', 'Limit', 'Page', 'Sort'])
    expect(doc.components.parameters.WhereSlugEquals.name).toBe('where[slug][equals]')
    expect(doc.components.parameters.Limit.schema.maximum).toBe(ANONYMOUS_MAX_LIMIT)
    expect(doc.paths['/api/guides'].get.description).toMatch(/_status.*published/)
    const search = doc.paths['/api/search'].get
    expect(search.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['q'])
    expect(search.responses['304']).toBeDefined()
  })

  it('has the guide fields from the collection config, without the ones anonymous readers never get', () => {
    const guide = schema('Guide')
    expect(guide.properties).toEqual(
      expect.objectContaining({
        title: expect.objectContaining({ type: 'string' }),
        slug: expect.objectContaining({ type: 'string' }),
        content: expect.objectContaining({ type: 'array' }),
        publishedAt: expect.objectContaining({ format: 'date-time' }),
        _status: { type: ['string', 'null'], enum: ['draft', 'published', null] },
      }),
    )
    expect(guide.required).toEqual(expect.arrayContaining(['id', 'title', 'role', 'slug', 'createdAt', 'updatedAt']))
    // Field-level read access for signed-in users only, and a hidden field.
    expect(guide.properties).not.toHaveProperty('author')
    expect(guide.properties).not.toHaveProperty('searchText')
    // Fields the SEO plugin adds, inside its group.
    expect(Object.keys(guide.properties.meta.properties)).toEqual(
      expect.arrayContaining(['title', 'description', 'image', 'focusKeyword', 'noindex']),
    )
    // Admin-only widgets are no data.
    expect(guide.properties).not.toHaveProperty('seoAnalysis')
    expect(schema('Technology').properties).not.toHaveProperty('mergeInto')
  })

  it('has every guide block, told apart by blockType, with relationships as an id or the document', () => {
    const content = schema('Guide').properties.content.items
    expect(Object.keys(content.discriminator.mapping)).toEqual(
      expect.arrayContaining(['section', 'technologyGroup', 'skillList', 'salary', 'roadmap', 'faq', 'careerPaths']),
    )
    const group = schema('TechnologyGroupBlock')
    expect(group.properties.blockType).toEqual({ const: 'technologyGroup' })
    expect(group.properties.technologies.items.oneOf).toEqual([
      { type: 'integer' },
      { $ref: '#/components/schemas/Technology' },
    ])
    expect(schema('SalaryBlock').properties.rows.items.properties.period.enum).toEqual(
      expect.arrayContaining(['year', 'month']),
    )
    // The SEO image is an upload: Media, which anonymous readers may read, gets a schema of its own.
    expect(schema('Media').properties).toHaveProperty('alt')
  })

  it('has an example from the sample guide that its own schema accepts, and a closed schema', () => {
    const example = doc.paths['/api/guides/{id}'].get.responses['200'].content['application/json'].examples.sample.value
    expect(example.slug).toBe('back-end-developer-career-guide')
    expect(new Set(example.content.map((block: { blockType: string }) => block.blockType)).size).toBe(
      example.content.length,
    )
    expect(schemaErrors(example, schema('Guide'), doc)).toEqual([])
    const list = doc.paths['/api/guides'].get.responses['200'].content['application/json'].examples.bySlug.value
    expect(schemaErrors(list, schema('GuidePage'), doc)).toEqual([])
    expect(schemaErrors(examples.search, schema('SearchResults'), doc)).toEqual([])
    // A field the schema does not name is an error: the checker would see `author` in an answer.
    expect(schemaErrors({ ...example, author: 3 }, schema('Guide'), doc)).toEqual(['$.author: not in the schema'])
  })
})
