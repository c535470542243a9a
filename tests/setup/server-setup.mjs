import { load } from './global.mjs'

export default async function setup() {
  const { startServer } = await load('./server.ts')
  await startServer()
}
