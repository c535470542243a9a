import { describe, expect, it } from '@jest/globals'
import { isDatabaseUnavailable } from '@/lib/db/unavailable'

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'PostgreSQL shutting down',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    [
      'a dropped connection, wrapped by the ORM',
      new Error('Failed query: select 1', { cause: new Error('Connection terminated unexpectedly') }),
    ],
    [
      'a write that could not start its transaction (Payload rethrows the text only)',
      new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'),
    ],
    [
      'several addresses refused',
      new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], 'connect failed'),
    ],
  ])('recognises %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a bad query', Object.assign(new Error('syntax error at or near "FROM"'), { code: '42601' })],
    [
      'a unique violation',
      Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
    ],
    ['a validation error', new Error('The following field is invalid: slug')],
    [
      'a transaction refused for another reason',
      new Error('Error: cannot begin transaction: too many clients already'),
    ],
    ['not an error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
