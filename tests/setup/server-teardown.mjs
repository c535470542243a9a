import { load } from './global.mjs'

export default async function teardown() {
  const { stopServer } = await load('./server.ts')
  await stopServer()
}
