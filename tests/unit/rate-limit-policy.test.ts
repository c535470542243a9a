import { describe, expect, it } from '@jest/globals'
import { policyFor } from '../../lib/rate-limit-policy'

describe('policyFor', () => {
  it('limits sign-ins, imports and searches, and nothing else', () => {
    expect(policyFor('POST', '/api/users/login')?.name).toBe('login')
    expect(policyFor('post', '/api/guides/import')?.name).toBe('import')
    expect(policyFor('GET', '/api/search')?.name).toBe('search')
    expect(policyFor('GET', '/search')?.name).toBe('search')
    expect(policyFor('GET', '/api/users/login')).toBeUndefined()
    expect(policyFor('GET', '/guides/back-end-developer-career-guide')).toBeUndefined()
    expect(policyFor('POST', '/api/users/login/extra')).toBeUndefined()
  })
})
