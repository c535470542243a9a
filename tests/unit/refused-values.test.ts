import { describe, expect, it } from '@jest/globals'
import { refusedValueMessage } from '@/lib/db/refused-values'

// As Drizzle throws them: the query's error, with PostgreSQL's own as its cause.
const failedQuery = (code: string, message: string) =>
  Object.assign(new Error('Failed query: select …\nparams: 1'), { cause: Object.assign(new Error(message), { code }) })

describe('refusedValueMessage', () => {
  it('says what was wrong with a value PostgreSQL refused (SQLSTATE class 22)', () => {
    expect(
      refusedValueMessage(
        failedQuery('22P02', 'invalid input value for enum enum_guides_blocks_plain_list_heading_level: "h2"'),
      ),
    ).toBe('"h2" is not one of the choices this field offers. Pick one of its options and send it again.')
    expect(refusedValueMessage(failedQuery('22P02', 'invalid input syntax for type integer: "abc"'))).toMatch(
      /^"abc" is not a number/,
    )
    expect(
      refusedValueMessage(failedQuery('22003', 'value "100000000000000000000" is out of range for type bigint')),
    ).toMatch(/too large or too small/)
    expect(refusedValueMessage(failedQuery('2201X', 'OFFSET must not be negative'))).toMatch(
      /whole numbers of 1 or more/,
    )
    expect(refusedValueMessage(failedQuery('22021', 'invalid byte sequence for encoding "UTF8": 0x00'))).toMatch(/NUL/)
    expect(
      refusedValueMessage(failedQuery('22P02', `invalid input syntax for type integer: "${'x'.repeat(500)}"`))!.length,
    ).toBeLessThan(200)
  })

  it('leaves other errors alone, so real faults stay 500', () => {
    expect(refusedValueMessage(failedQuery('42703', 'column "nope" does not exist'))).toBeUndefined()
    expect(refusedValueMessage(failedQuery('23505', 'duplicate key value violates unique constraint'))).toBeUndefined()
    expect(refusedValueMessage(new TypeError('x is not a function'))).toBeUndefined()
    expect(refusedValueMessage(undefined)).toBeUndefined()
  })

  it('answers a where parameter that is not JSON', () => {
    let error: unknown
    try {
      JSON.parse('{')
    } catch (caught) {
      error = caught
    }
    expect(refusedValueMessage(error)).toMatch(/could not be read/)
  })
})
