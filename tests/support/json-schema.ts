/**
 * Checks a value against the part of JSON Schema that lib/openapi/schemas.ts writes (`$ref` within
 * the document, type, enum, const, anyOf, oneOf, properties, required, items), with every object
 * closed: a property the schema does not name is an error, so a field the API returns and the
 * document leaves out (or one it should not return) shows. Formats and lengths are not checked.
 */
type Schema = Record<string, unknown>

const typeOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

const typeMatches = (expected: string, actual: string) =>
  expected === actual || (expected === 'number' && actual === 'integer')

export function schemaErrors(value: unknown, schema: Schema, document: Schema, at = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document)
    if (!target) return [`${at}: unresolvable ${schema.$ref}`]
    return schemaErrors(value, target as Schema, document, at)
  }
  if (Array.isArray(schema.anyOf)) {
    const each = (schema.anyOf as Schema[]).map((option) => schemaErrors(value, option, document, at))
    return each.some((errors) => errors.length === 0) ? [] : [`${at}: matches none of anyOf`, ...each.flat()]
  }
  if (Array.isArray(schema.oneOf)) {
    const each = (schema.oneOf as Schema[]).map((option) => schemaErrors(value, option, document, at))
    const matching = each.filter((errors) => errors.length === 0).length
    if (matching === 1) return []
    return [`${at}: matches ${matching} of oneOf, not exactly one`, ...(matching === 0 ? each.flat() : [])]
  }
  const actual = typeOf(value)
  if ('const' in schema && value !== schema.const)
    return [`${at}: ${JSON.stringify(value)} is not ${String(schema.const)}`]
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`]
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string]
    if (!types.some((type) => typeMatches(type, actual))) return [`${at}: a ${actual}, not ${types.join(' or ')}`]
  }
  const errors: string[] = []
  if (actual === 'object' && schema.properties) {
    const properties = schema.properties as Record<string, Schema>
    const object = value as Record<string, unknown>
    for (const name of (schema.required as string[] | undefined) ?? [])
      if (!(name in object)) errors.push(`${at}.${name}: missing`)
    for (const [name, inner] of Object.entries(object)) {
      const property = properties[name]
      if (!property) errors.push(`${at}.${name}: not in the schema`)
      else errors.push(...schemaErrors(inner, property, document, `${at}.${name}`))
    }
  }
  if (actual === 'array' && schema.items)
    (value as unknown[]).forEach((item, index) =>
      errors.push(...schemaErrors(item, schema.items as Schema, document, `${at}[${index}]`)),
    )
  return errors
}
