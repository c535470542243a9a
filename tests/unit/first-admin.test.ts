import { describe, expect, it } from '@jest/globals'
import { Users } from '@/collections/Users'

const makeAdminHook = Users.hooks!.beforeChange![0]!
type HookArgs = Parameters<typeof makeAdminHook>[0]
/**
 * The hook's arguments around a stand-in request whose Payload counts `users` accounts: the hook reads
 * only `data`, `operation` and `req.payload.count`, so the rest of a real request is left out on purpose.
 */
const hookArgs = ({ users, ...args }: Pick<HookArgs, 'data' | 'operation'> & { users: number }) =>
  ({ ...args, req: { payload: { count: async () => ({ totalDocs: users }) } } }) as unknown as HookArgs

describe('the first account', () => {
  it('becomes an admin whatever roles it was given', async () => {
    const data = await makeAdminHook(
      hookArgs({ data: { email: 'a@example.com', roles: ['author'] }, operation: 'create', users: 0 }),
    )
    expect(data.roles).toEqual(['admin'])
  })

  it('is the only one: later accounts keep their roles', async () => {
    const data = await makeAdminHook(hookArgs({ data: { roles: ['author'] }, operation: 'create', users: 3 }))
    expect(data.roles).toEqual(['author'])
    const updated = await makeAdminHook(hookArgs({ data: { roles: ['editor'] }, operation: 'update', users: 0 }))
    expect(updated.roles).toEqual(['editor'])
  })
})
