import { describe, expect, it } from '@jest/globals'
import { policyFor } from '@/lib/rate-limit/policy'

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

describe('policies match the path as Payload routes it', () => {
  it('whatever its case, escapes or trailing slash', () => {
    for (const path of ['/api/users/LOGIN', '/api/users/%6cogin', '/api/%75sers/login/', '/API/users/login']) {
      expect(policyFor('POST', path)?.name).toBe('login')
    }
    expect(policyFor('POST', '/api/users/FORGOT-PASSWORD')?.name).toBe(
      policyFor('POST', '/api/users/forgot-password')?.name,
    )
    expect(policyFor('POST', '/api/guides/IMPORT')?.name).toBe('import')
  })
})
