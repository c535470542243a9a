import { load } from './global.mjs'

export default async function teardown() {
  const { destroyTestDatabase } = await load('./test-database.ts')
  await destroyTestDatabase(globalThis.__integrationDatabaseUrl)
}
