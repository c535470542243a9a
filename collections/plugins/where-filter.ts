import { APIError, type FlattenedField } from 'payload'
import { validOperatorSet } from 'payload/shared'

/** The fields of another collection, for filters that follow a relationship (`technologies.name`). */
export type FieldsOf = (collection: string) => FlattenedField[] | undefined

const MAX_WHERE_DEPTH = 10
const OPERATORS = [...validOperatorSet].join(', ')
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const badRequest = (message: string) => new APIError(message, 400, null, true)

// Which operators each kind of value answers in PostgreSQL. Any other pairing (`contains` on a
// number, `like` on a date or a choice, `all`, which the PostgreSQL adapter does not implement)
// failed in the query builder or the database as a 500.
const COMPARE = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]
const CHOICE = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const TEXT = [...COMPARE, 'like', 'not_like', 'contains']
const OPERATORS_BY_TYPE: Record<string, string[]> = {
  text: TEXT,
  textarea: TEXT,
  email: TEXT,
  code: TEXT,
  number: [...COMPARE, 'like'],
  date: COMPARE,
  checkbox: CHOICE,
  select: CHOICE,
  radio: CHOICE,
  relationship: [...CHOICE, 'like'],
  upload: [...CHOICE, 'like'],
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
  richText: ['like', 'not_like', 'contains', 'equals', 'not_equals', 'exists'],
  json: ['like', 'not_like', 'contains', 'equals', 'not_equals', 'in', 'not_in', 'exists'],
}
// `id` is not among a collection's fields; it is a whole number here (PostgreSQL serial ids).
const ID_FIELD = { name: 'id', type: 'number' } as FlattenedField

const isScalar = (value: unknown) => value === null || typeof value !== 'object' || value instanceof Date
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)

/**
 * The field a filter's path names, following groups, blocks, arrays and relationships;
 * undefined when the path names nothing (Payload then answers "cannot be queried") or continues
 * inside rich text or JSON, whose insides any operator may search.
 */
function fieldAtPath(path: string, fields: FlattenedField[], fieldsOf: FieldsOf): FlattenedField | undefined {
  const segments = path.split('.')
  let candidates = fields
  let field: FlattenedField | undefined
  for (const [index, segment] of segments.entries()) {
    field = segment === 'id' ? ID_FIELD : candidates.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    if (index === segments.length - 1) return field
    switch (field.type) {
      case 'group':
      case 'array':
      case 'tab':
        candidates = field.flattenedFields
        break
      case 'blocks':
        candidates = (field.blocks ?? []).flatMap((block) => block.flattenedFields)
        break
      case 'relationship':
      case 'upload':
        if (typeof field.relationTo !== 'string') return undefined
        candidates = fieldsOf(field.relationTo) ?? []
        break
      default:
        return undefined
    }
  }
  return field
}

/** Whether `value` is what `operator` works with on `field`: the shapes Payload reads without failing. */
function valueFits(operator: string, value: unknown, field: FlattenedField): boolean {
  const hasMany = 'hasMany' in field && field.hasMany === true
  switch (operator) {
    case 'in':
    case 'not_in':
      return isScalar(value) || (Array.isArray(value) && value.every(isScalar))
    case 'contains':
      return isScalar(value) || (hasMany && Array.isArray(value) && value.every(isScalar))
    case 'like':
    case 'not_like':
      return value === null || typeof value === 'string' || typeof value === 'number'
    case 'exists':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
    case 'near':
    case 'within':
    case 'intersects':
      return true
    default:
      // A relationship to several collections is matched by { relationTo, value }.
      return isScalar(value) || ((field.type === 'relationship' || field.type === 'upload') && isPlainObject(value))
  }
}

function describe(value: unknown) {
  return Array.isArray(value) ? 'a list' : isPlainObject(value) ? 'an object' : JSON.stringify(value)
}

/**
 * A `where` filter Payload can answer: `and`/`or` lists of filters, or `path: { operator: value }`
 * with an operator the path's kind of field answers and a value of the shape that operator takes.
 */
export function checkWhere(where: unknown, fields: FlattenedField[], fieldsOf: FieldsOf, depth = 0): void {
  if (depth > MAX_WHERE_DEPTH) throw badRequest(`A where filter may nest at most ${MAX_WHERE_DEPTH} levels of and/or.`)
  if (!isPlainObject(where))
    throw badRequest('where must be an object of filters, such as where[title][like]=developer.')
  for (const [key, condition] of Object.entries(where)) {
    // GraphQL's where says AND/OR, REST's and/or.
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (condition === null || typeof condition !== 'object')
        throw badRequest(`where[${key}] must be a list of filters, such as where[${key}][0][title][like]=developer.`)
      for (const inner of Object.values(condition)) checkWhere(inner, fields, fieldsOf, depth + 1)
      continue
    }
    if (!isPlainObject(condition)) {
      throw badRequest(`where[${key}] needs an operator, such as where[${key}][equals]=value; operators: ${OPERATORS}.`)
    }
    // A block's kind is not a column the database can filter on (each kind has its own table).
    if (key === 'blockType' || key.endsWith('.blockType'))
      throw badRequest(
        `Filtering by a block's kind (where[${key}]) is not available; filter on one of its fields instead, such as where[content.heading][like]=salary.`,
      )
    const field = fieldAtPath(key, fields, fieldsOf)
    for (const [operator, value] of Object.entries(condition)) {
      if (!validOperatorSet.has(operator as never))
        throw badRequest(`"${operator}" is not a filter operator (where[${key}]); use one of ${OPERATORS}.`)
      if (operator === 'all')
        throw badRequest(
          `The all operator is not available with this database (where[${key}]); combine contains or equals filters with where[and] instead.`,
        )
      if (!field) continue
      if (GEO_OPERATORS.has(operator) && field.type !== 'point')
        throw badRequest(`The ${operator} operator works only on point fields, and "${key}" is not one.`)
      const allowed = OPERATORS_BY_TYPE[field.type]
      if (!allowed)
        throw badRequest(
          `"${key}" holds ${field.type === 'blocks' ? 'blocks' : 'rows or fields'}, not a value: filter on one of its fields, such as where[${key}.<field>][equals]=value.`,
        )
      // On a field holding several, contains asks whether one of them equals the value.
      const containsOneOf =
        operator === 'contains' &&
        'hasMany' in field &&
        field.hasMany === true &&
        ['relationship', 'upload', 'select'].includes(field.type)
      if (!allowed.includes(operator) && !containsOneOf)
        throw badRequest(
          `The ${operator} operator does not work on "${key}" (a ${field.type} field); use one of ${allowed.join(', ')}.`,
        )
      if (!valueFits(operator, value, field))
        throw badRequest(
          `where[${key}][${operator}] cannot be ${describe(value)}; give ${operator === 'exists' ? 'true or false' : operator === 'in' || operator === 'not_in' ? 'a value or a list of values' : 'one value'}.`,
        )
    }
  }
}
