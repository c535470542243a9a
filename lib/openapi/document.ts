import type { SanitizedConfig } from 'payload'
import { ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT } from '@/collections/plugins/refuseUnreadableInput'
import { SITE_NAME } from '@/lib/config/site'
import { SESSION_COOKIE } from '@/lib/http/conditional-reads'
import { SEARCH_SUGGESTIONS } from '@/lib/search/query'
import { MAX_QUERY_LENGTH } from '@/lib/search/search-text'
import { collectionSchemaName, pascal, ref, SchemaBuilder, type JsonSchema } from './schemas'

/** The collections of the public read API; their REST reads are cached (lib/http/conditional-reads.ts). */
export const READ_API_COLLECTIONS = ['guides', 'technologies', 'skills'] as const

/** Where the document is served (app/(frontend)/api/openapi.json/route.ts). */
export const OPENAPI_PATH = '/openapi.json'

export interface OpenApiExamples {
  /** A guide as `GET /api/guides/{id}?depth=0` answers it. */
  guide?: Record<string, unknown>
  /** What `GET /api/search?q=…` answers. */
  search?: Record<string, unknown>
}

// Payload's defaults for a REST read.
const DEFAULT_LIMIT = 10

const CACHED_HEADERS = {
  ETag: { $ref: '#/components/headers/ETag' },
  'Cache-Control': { $ref: '#/components/headers/CacheControl' },
}
const json = (schema: JsonSchema, examples?: Record<string, { summary: string; value: unknown }>) => ({
  'application/json': { schema, ...(examples && { examples }) },
})
const answer = (description: string, schema: JsonSchema, examples?: Parameters<typeof json>[1]) => ({
  description,
  headers: CACHED_HEADERS,
  content: json(schema, examples),
})
const readErrors = {
  '304': { $ref: '#/components/responses/NotModified' },
  '400': { $ref: '#/components/responses/BadRequest' },
  '429': { $ref: '#/components/responses/TooManyRequests' },
  '503': { $ref: '#/components/responses/Busy' },
}
const optionalSignIn = [{}, { jwt: [] }, { session: [] }]

function paginated(document: JsonSchema): JsonSchema {
  const pageNumber = { type: ['integer', 'null'] }
  return {
    type: 'object',
    required: ['docs', 'totalDocs', 'limit', 'totalPages', 'page', 'hasPrevPage', 'hasNextPage'],
    properties: {
      docs: { type: 'array', items: document },
      totalDocs: { type: 'integer' },
      limit: { type: 'integer' },
      totalPages: { type: 'integer' },
      page: { type: 'integer' },
      pagingCounter: { type: 'integer', description: 'The position of the page’s first document in the whole list.' },
      hasPrevPage: { type: 'boolean' },
      hasNextPage: { type: 'boolean' },
      prevPage: pageNumber,
      nextPage: pageNumber,
    },
  }
}

/**
 * The OpenAPI 3.1 document of the public read API: REST reads of READ_API_COLLECTIONS (their schemas
 * generated from `config`: lib/openapi/schemas.ts), the search API and this document itself.
 */
export async function openApiDocument(config: SanitizedConfig, examples: OpenApiExamples = {}): Promise<JsonSchema> {
  const api = config.routes.api
  const builder = await SchemaBuilder.create(config)
  const paths: Record<string, JsonSchema> = {}

  for (const slug of READ_API_COLLECTIONS) {
    const collection = builder.collection(slug)
    const access = builder.anonymousAccess(slug)
    if (access === false) throw new Error(`${slug}: anonymous readers may not read it, so it is no public read API`)
    const name = collectionSchemaName(collection)
    const plural = typeof collection.labels?.plural === 'string' ? collection.labels.plural : slug
    const document = builder.documentRef(slug)
    const filtered =
      access === true ? '' : ` Without signing in, only documents matching \`${JSON.stringify(access)}\` are read.`
    const hasSlug = collection.flattenedFields.some((field) => field.name === 'slug')
    const example = slug === 'guides' ? examples.guide : undefined
    const list = paginated(document)
    builder.components[`${name}Page`] = list

    paths[`${api}/${slug}`] = {
      get: {
        operationId: `list${pascal(plural)}`,
        summary: `A page of ${plural.toLowerCase()}`,
        description: `Payload's REST \`find\`.${filtered}`,
        tags: [plural],
        security: optionalSignIn,
        parameters: [
          ...(hasSlug ? [{ $ref: '#/components/parameters/WhereSlugEquals' }] : []),
          { $ref: '#/components/parameters/Depth' },
          { $ref: '#/components/parameters/Limit' },
          { $ref: '#/components/parameters/Page' },
          {
            $ref: '#/components/parameters/Sort',
            ...(collection.defaultSort && { description: `Default: \`${String(collection.defaultSort)}\`.` }),
          },
        ],
        responses: {
          '200': answer(
            `A page of ${plural.toLowerCase()}.`,
            ref(`${name}Page`),
            example && {
              bySlug: {
                summary: `where[slug][equals]=${String(example.slug)}&depth=0`,
                value: {
                  docs: [example],
                  totalDocs: 1,
                  limit: DEFAULT_LIMIT,
                  totalPages: 1,
                  page: 1,
                  pagingCounter: 1,
                  hasPrevPage: false,
                  hasNextPage: false,
                  prevPage: null,
                  nextPage: null,
                },
              },
            },
          ),
          ...readErrors,
        },
      },
    }
    paths[`${api}/${slug}/{id}`] = {
      get: {
        operationId: `get${name}`,
        summary: `One ${name.toLowerCase()} by id`,
        description: `Payload's REST \`findByID\`.${filtered}`,
        tags: [plural],
        security: optionalSignIn,
        parameters: [{ $ref: '#/components/parameters/Id' }, { $ref: '#/components/parameters/Depth' }],
        responses: {
          '200': answer(
            `The ${name.toLowerCase()}.`,
            document,
            example && { sample: { summary: 'The sample guide at depth 0 (one block of each kind)', value: example } },
          ),
          ...readErrors,
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    }
  }

  paths[`${api}/search`] = {
    get: {
      operationId: 'searchGuides',
      summary: 'Published guides matching a query',
      description: `The search box's suggestions: at most ${SEARCH_SUGGESTIONS} published guides, best first. Any query answers 200; an empty one an empty list.`,
      tags: ['Search'],
      security: optionalSignIn,
      parameters: [
        {
          name: 'q',
          in: 'query',
          description: 'What the reader typed: words, prefixes ("kube") and titles with a typo all match.',
          schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
          example: 'postgres',
        },
      ],
      responses: {
        '200': answer(
          'The matching guides.',
          ref('SearchResults'),
          examples.search && { sample: { summary: 'q=postgres', value: examples.search } },
        ),
        '304': readErrors['304'],
        '429': readErrors['429'],
      },
    },
  }
  paths[`${api}${OPENAPI_PATH}`] = {
    get: {
      operationId: 'openApiDocument',
      summary: 'This document',
      tags: ['Documentation'],
      responses: { '200': answer('The OpenAPI 3.1 document.', { type: 'object' }), '304': readErrors['304'] },
    },
  }
  await builder.complete()

  return {
    openapi: '3.1.0',
    info: {
      title: `${SITE_NAME} read API`,
      version: '1.0.0',
      description: [
        'What other front ends read: published guides, technologies and skills, and search.',
        'Anonymous reads carry a strong `ETag` and may be kept by shared caches (`Cache-Control: public, max-age=0, s-maxage=…`); send `If-None-Match` to get `304 Not Modified` while nothing changed.',
        'A request with credentials (an `Authorization` header or the session cookie) is answered `Cache-Control: private, no-store`, without an ETag: signed-in readers may see drafts.',
        `Without signing in a request may ask for at most ${ANONYMOUS_MAX_LIMIT} documents (\`limit\`) at depth ${ANONYMOUS_MAX_DEPTH} or less.`,
      ].join('\n\n'),
    },
    servers: [{ url: config.serverURL || '/' }],
    tags: [
      ...READ_API_COLLECTIONS.map((slug) => {
        const labels = builder.collection(slug).labels
        return { name: typeof labels?.plural === 'string' ? labels.plural : slug }
      }),
      { name: 'Search' },
      { name: 'Documentation' },
    ],
    paths,
    components: {
      schemas: {
        ...builder.components,
        SearchResults: {
          type: 'object',
          required: ['query', 'results'],
          properties: {
            query: { type: 'string', description: 'The query as it was searched: trimmed, spaces collapsed.' },
            results: {
              type: 'array',
              maxItems: SEARCH_SUGGESTIONS,
              items: {
                type: 'object',
                required: ['title', 'role', 'url', 'snippet'],
                properties: {
                  title: { type: 'string' },
                  role: { type: 'string' },
                  url: { type: 'string', description: 'The guide’s path on the site, e.g. /guides/<slug>.' },
                  snippet: {
                    type: 'array',
                    description:
                      'Text around the matches, in parts; `marked` parts matched the query. Plain text, never HTML.',
                    items: {
                      type: 'object',
                      required: ['text', 'marked'],
                      properties: { text: { type: 'string' }, marked: { type: 'boolean' } },
                    },
                  },
                },
              },
            },
          },
        },
        Errors: {
          type: 'object',
          required: ['errors'],
          properties: {
            errors: {
              type: 'array',
              items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
            },
          },
        },
      },
      parameters: {
        Id: { name: 'id', in: 'path', required: true, schema: builder.idSchema },
        WhereSlugEquals: {
          name: 'where[slug][equals]',
          in: 'query',
          description:
            "The document with this slug. Any field filters the same way, `where[<field>][<operator>]=…` (Payload's query syntax; `equals`, `in`, `contains`, `like`, `exists`, …).",
          schema: { type: 'string' },
        },
        Depth: {
          name: 'depth',
          in: 'query',
          description: 'How many levels of related documents are filled in; at 0 a relationship is only an id.',
          schema: { type: 'integer', minimum: 0, maximum: ANONYMOUS_MAX_DEPTH, default: config.defaultDepth },
        },
        Limit: {
          name: 'limit',
          in: 'query',
          description: 'Documents per page.',
          schema: { type: 'integer', minimum: 1, maximum: ANONYMOUS_MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        Page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        Sort: {
          name: 'sort',
          in: 'query',
          description: 'A field name, `-` first for descending; several separated by commas.',
          schema: { type: 'string' },
          example: '-publishedAt',
        },
      },
      headers: {
        ETag: {
          description: 'A strong validator: the SHA-256 of the body. Not sent to signed-in requests.',
          schema: { type: 'string' },
        },
        CacheControl: {
          description:
            'Anonymous: `public, max-age=0, s-maxage=<seconds>, stale-while-revalidate=<seconds>`. With credentials: `private, no-store`.',
          schema: { type: 'string' },
        },
      },
      responses: {
        NotModified: {
          description: 'The `If-None-Match` tag is still current; no body.',
          headers: CACHED_HEADERS,
        },
        BadRequest: {
          description: 'A parameter out of range or a query Payload cannot run.',
          content: json(ref('Errors')),
        },
        NotFound: {
          description: 'No such document, or not one anonymous readers may read.',
          content: json(ref('Errors')),
        },
        TooManyRequests: {
          description: 'Over the client’s rate limit; try again after `Retry-After` seconds.',
          headers: { 'Retry-After': { schema: { type: 'integer' } } },
          content: json(ref('Errors')),
        },
        Busy: {
          description: 'Too many API reads are waiting on this server; try again after `Retry-After` seconds.',
          headers: { 'Retry-After': { schema: { type: 'integer' } } },
          content: json(ref('Errors')),
        },
      },
      securitySchemes: {
        jwt: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`JWT <token>` from `POST /api/users/login`. Optional: signed-in readers may also see drafts.',
        },
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The admin’s session cookie.' },
      },
    },
  }
}
