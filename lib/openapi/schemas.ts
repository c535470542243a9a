import type {
  FlattenedBlock,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of what an anonymous reader gets from the REST
 * API, generated from the sanitized Payload config: every collection's fields as Payload returns
 * them (plugins' fields, timestamps and `_status` included), without the fields an anonymous reader
 * never gets (hidden ones, and those whose read access says no to a request without a user).
 */
export type JsonSchema = Record<string, unknown>

/** A request as an anonymous reader's: what the access rules are asked about. */
const ANONYMOUS = { user: null } as unknown as PayloadRequest

/** What the collection's read access gives an anonymous reader: everything, a query, or nothing. */
export async function anonymousRead(collection: SanitizedCollectionConfig): Promise<boolean | Where> {
  const read = collection.access?.read
  if (!read) return false // Payload's default: signed-in users only
  try {
    return await read({ req: ANONYMOUS })
  } catch {
    return false
  }
}

/** Whether an anonymous reader gets this field at all. */
export async function fieldReadableByAnonymous(field: FlattenedField): Promise<boolean> {
  if ('hidden' in field && field.hidden) return false
  const read = 'access' in field ? field.access?.read : undefined
  if (!read) return true
  try {
    return (await read({ req: ANONYMOUS })) === true
  } catch {
    return false
  }
}

export const pascal = (words: string) =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('')

/** The component name of a collection's documents: its singular label ("Guide", "Technology"). */
export const collectionSchemaName = (collection: SanitizedCollectionConfig) =>
  pascal(typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug)

const blockSchemaName = (block: FlattenedBlock) => block.interfaceName ?? `${pascal(block.slug)}Block`

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

/** `schema` or null: Payload answers an empty optional field with null. */
function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string' && !schema.$ref && !schema.oneOf) {
    const withNull: JsonSchema = { ...schema, type: [schema.type, 'null'] }
    if (Array.isArray(schema.enum)) withNull.enum = [...schema.enum, null]
    return withNull
  }
  return { anyOf: [schema, { type: 'null' }] }
}

const many = (field: FlattenedField, item: JsonSchema): JsonSchema =>
  'hasMany' in field && field.hasMany ? { type: 'array', items: item } : item

// Fields whose empty value is an empty list or object rather than null.
const NEVER_NULL = new Set(['array', 'blocks', 'group', 'tab', 'join', 'checkbox'])

/**
 * Walks the config, collecting the components it names: the collections the documented ones relate
 * to (when anonymous readers may read them; otherwise a relationship is only an id) and every block.
 */
export class SchemaBuilder {
  readonly components: Record<string, JsonSchema> = {}
  private readonly pending: SanitizedCollectionConfig[] = []
  private readonly readable = new Map<string, boolean | Where>()

  private constructor(
    private readonly config: SanitizedConfig,
    /** The schema of a document's id: PostgreSQL's serial ids unless the adapter uses UUIDs. */
    readonly idSchema: JsonSchema,
  ) {}

  static async create(config: SanitizedConfig): Promise<SchemaBuilder> {
    const idType = (config.db as { defaultIDType?: string } | undefined)?.defaultIDType
    const builder = new SchemaBuilder(config, idType === 'text' ? { type: 'string' } : { type: 'integer' })
    for (const collection of config.collections) builder.readable.set(collection.slug, await anonymousRead(collection))
    return builder
  }

  /** What anonymous readers may read of a collection (`true`, a query that filters it, or `false`). */
  anonymousAccess(slug: string): boolean | Where {
    return this.readable.get(slug) ?? false
  }

  collection(slug: string): SanitizedCollectionConfig {
    const collection = this.config.collections.find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`payload.config has no collection "${slug}"`)
    return collection
  }

  /** The reference to a collection's schema, generated (with what it relates to) on first use. */
  documentRef(slug: string): JsonSchema {
    const collection = this.collection(slug)
    const name = collectionSchemaName(collection)
    if (!(name in this.components)) {
      this.components[name] = {} // claimed, so a collection that relates to itself is generated once
      this.pending.push(collection)
    }
    return ref(name)
  }

  /** Generates every collection schema referenced so far (and those they reference). */
  async complete(): Promise<void> {
    for (let collection = this.pending.shift(); collection; collection = this.pending.shift()) {
      // Every document has these, set by Payload.
      const present = collection.timestamps !== false ? ['createdAt', 'updatedAt'] : []
      const schema = await this.objectSchema(collection.flattenedFields, { id: this.idSchema }, present)
      this.components[collectionSchemaName(collection)] = {
        ...schema,
        ...(typeof collection.admin?.description === 'string' && { description: collection.admin.description }),
      }
    }
  }

  /** `leading`: properties of Payload's own before the fields (an id, a block's type); `present`: fields always set. */
  private async objectSchema(
    fields: FlattenedField[],
    leading: Record<string, JsonSchema> = {},
    present: string[] = [],
  ): Promise<JsonSchema> {
    const properties: Record<string, JsonSchema> = { ...leading }
    const required: string[] = Object.keys(leading)
    for (const field of fields) {
      if (!(await fieldReadableByAnonymous(field))) continue
      const value = await this.fieldSchema(field)
      if (!value) continue
      const isRequired = ('required' in field && field.required === true) || present.includes(field.name)
      const schema = isRequired || NEVER_NULL.has(field.type) || field.name === 'id' ? value : nullable(value)
      const description = 'admin' in field ? field.admin?.description : undefined
      properties[field.name] = typeof description === 'string' ? { ...schema, description } : schema
      if (isRequired) required.push(field.name)
    }
    return { type: 'object', properties, ...(required.length && { required }) }
  }

  private async fieldSchema(field: FlattenedField): Promise<JsonSchema | undefined> {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'code':
        return many(field, { type: 'string' })
      case 'email':
        return { type: 'string', format: 'email' }
      case 'number':
        return many(field, { type: 'number' })
      case 'checkbox':
        return { type: 'boolean' }
      case 'date':
        return { type: 'string', format: 'date-time' }
      case 'select':
      case 'radio':
        return many(field, {
          type: 'string',
          enum: field.options.map((option) => (typeof option === 'string' ? option : option.value)),
        })
      case 'point':
        return {
          type: 'array',
          items: { type: 'number' },
          minItems: 2,
          maxItems: 2,
          description: '[longitude, latitude]',
        }
      case 'json':
        return {}
      case 'richText':
        return {
          type: 'object',
          required: ['root'],
          properties: { root: { type: 'object' } },
          description: 'Rich text as the Lexical editor stores it (its JSON editor state).',
        }
      case 'relationship':
      case 'upload':
        return this.relationSchema(field.relationTo, 'hasMany' in field && field.hasMany === true)
      case 'group':
      case 'tab':
        return this.objectSchema(field.flattenedFields)
      case 'array':
        return { type: 'array', items: await this.objectSchema(field.flattenedFields) }
      case 'blocks':
        return this.blocksSchema(field.blocks)
      case 'join':
        return {
          type: 'object',
          properties: {
            docs: { type: 'array', items: this.relationSchema(field.collection, false) },
            hasNextPage: { type: 'boolean' },
            totalDocs: { type: 'integer' },
          },
        }
      default:
        return undefined
    }
  }

  /** An id, or at depth ≥ 1 the related document itself (when anonymous readers may read it). */
  private relationSchema(relationTo: string | string[], hasMany: boolean): JsonSchema {
    const one = (slug: string): JsonSchema =>
      this.anonymousAccess(slug) === false
        ? this.idSchema
        : {
            oneOf: [this.idSchema, this.documentRef(slug)],
            description: 'The related document’s id at depth 0, the document itself at depth 1 or more.',
          }
    const value = Array.isArray(relationTo)
      ? {
          oneOf: relationTo.map((slug) => ({
            type: 'object',
            required: ['relationTo', 'value'],
            properties: { relationTo: { const: slug }, value: one(slug) },
          })),
        }
      : one(relationTo)
    return hasMany ? { type: 'array', items: value } : value
  }

  private async blocksSchema(blocks: (FlattenedBlock | string)[]): Promise<JsonSchema> {
    const mapping: Record<string, string> = {}
    for (const block of blocks) {
      // A block given by its slug is one of config.blocks.
      const config =
        typeof block === 'string' ? this.config.blocks?.find((candidate) => candidate.slug === block) : block
      if (!config) continue
      const name = blockSchemaName(config)
      mapping[config.slug] = `#/components/schemas/${name}`
      if (name in this.components) continue
      this.components[name] = {}
      const schema = await this.objectSchema(config.flattenedFields, { blockType: { const: config.slug } })
      this.components[name] = schema
    }
    return {
      type: 'array',
      items: {
        oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
        discriminator: { propertyName: 'blockType', mapping },
      },
    }
  }
}
