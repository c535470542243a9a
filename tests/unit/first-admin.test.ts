import { describe, expect, it } from '@jest/globals'
import { Users } from '@/collections/Users'

const makeAdminHook = Users.hooks!.beforeChange![0]!
const reqWithUsers = (totalDocs: number) => ({ payload: { count: async () => ({ totalDocs }) } }) as never

describe('the first account', () => {
  it('becomes an admin whatever roles it was given', async () => {
    const data = await makeAdminHook({
      data: { email: 'a@example.com', roles: ['author'] },
      operation: 'create',
      req: reqWithUsers(0),
    } as never)
    expect(data.roles).toEqual(['admin'])
  })

  it('is the only one: later accounts keep their roles', async () => {
    const data = await makeAdminHook({
      data: { roles: ['author'] },
      operation: 'create',
      req: reqWithUsers(3),
    } as never)
    expect(data.roles).toEqual(['author'])
    const updated = await makeAdminHook({
      data: { roles: ['editor'] },
      operation: 'update',
      req: reqWithUsers(0),
    } as never)
    expect(updated.roles).toEqual(['editor'])
  })
})
