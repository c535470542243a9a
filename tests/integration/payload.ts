import { afterAll, beforeAll } from '@jest/globals'
import { getPayload, type Payload } from 'payload'
import { closePayload } from '@/lib/db/close-payload'

/**
 * One Payload per test file, on this run's database, closed after the file so Jest exits on its
 * own. Call at the top of a file; the returned function gives the instance inside tests.
 */
export function payloadForThisFile(): () => Payload {
  let payload: Payload | undefined
  beforeAll(async () => {
    const { default: config } = await import('../../payload.config')
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    if (payload) await closePayload(payload)
  })
  return () => {
    if (!payload) throw new Error('Payload is not ready: call payloadForThisFile() at the top of the test file')
    return payload
  }
}

let counter = 0
/** Unique per call, so tests in one database never collide. */
export function unique(prefix: string): string {
  counter++
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`
}

export async function createUser(payload: Payload, roles: ('admin' | 'editor' | 'author')[]) {
  return payload.create({
    collection: 'users',
    data: { email: `${unique('user')}@example.com`, password: 'correct horse battery staple', roles },
  })
}

/** A site's first account (an admin), then an editor and an author, as most role tests need. */
export async function createEditorAndAuthor(payload: Payload) {
  await createUser(payload, ['admin'])
  return { editor: await createUser(payload, ['editor']), author: await createUser(payload, ['author']) }
}
