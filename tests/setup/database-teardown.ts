import { destroyTestDatabase } from './test-database'

export default async function teardown() {
  await destroyTestDatabase(globalThis.__integrationDatabaseUrl)
}
