import { expect } from '@jest/globals'
import { Validator } from '@seriousme/openapi-schema-validator'

/** Checks `doc` with a maintained OpenAPI validator: valid 3.1, every `$ref` resolving. */
export async function expectValidOpenApi31(doc: unknown): Promise<void> {
  const validator = new Validator()
  const result = await validator.validate(structuredClone(doc) as Parameters<Validator['validate']>[0])
  expect(result.errors).toBeUndefined()
  expect(result.valid).toBe(true)
  expect(validator.version).toBe('3.1')
  expect(() => validator.resolveRefs()).not.toThrow()
}
