import { describe, expect, it, jest } from '@jest/globals'
import { z } from 'zod'
import { scriptArgs } from '@/scripts/lib/args'

const schema = z.object({ posts: z.coerce.number().int().min(1).default(5000), url: z.string().url().optional() })

describe('scriptArgs', () => {
  it('reads --name value pairs through the schema, with its defaults', () => {
    expect(scriptArgs(schema, ['--posts', '200', '--url', 'http://127.0.0.1:3000'])).toEqual({
      posts: 200,
      url: 'http://127.0.0.1:3000',
    })
    expect(scriptArgs(schema, [])).toEqual({ posts: 5000 })
  })

  it('names the flag zod refused and exits 2, without a stack trace', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((): never => {
      throw new Error('exited')
    })
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => scriptArgs(schema, ['--posts', '0'])).toThrow('exited')
    expect(exit).toHaveBeenCalledWith(2)
    expect(error.mock.calls[0]![0]).toMatch(/^--posts: /)
    exit.mockRestore()
    error.mockRestore()
  })
})
