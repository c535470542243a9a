import { load } from './global.mjs'

export default async function setup() {
  const { createTestDatabase } = await load('./test-database.ts')
  const url = await createTestDatabase('int')
  globalThis.__integrationDatabaseUrl = url
  // Test workers start after global setup and inherit this, so Payload connects to the test database.
  process.env.TEST_DATABASE_URL = url
}
