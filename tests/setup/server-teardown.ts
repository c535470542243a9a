import { destroyTestDatabase } from './test-database'

export default async function teardown() {
  const server = globalThis.__httpServer
  if (!server) return
  // The server was started in its own process group: stop npx and the Next server it started together.
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  try {
    process.kill(-server.process.pid!, 'SIGTERM')
  } catch {
    // already gone
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  await destroyTestDatabase(server.databaseUrl)
}
