import { createTestDatabase } from './test-database'

declare global {
  var __integrationDatabaseUrl: string | undefined
}

export default async function setup() {
  const url = await createTestDatabase('int')
  globalThis.__integrationDatabaseUrl = url
  // Test workers are started after global setup and inherit this, so Payload connects to the test database.
  process.env.TEST_DATABASE_URL = url
}
