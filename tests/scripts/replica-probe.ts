/**
 * For tests/integration/read-replicas.test.ts: through Payload, as configured by the environment,
 * finds a technology by name (a read) and then creates one (a write), and prints what it saw.
 *   tsx tests/scripts/replica-probe.ts <name to find> <name to create>
 */
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'

const [findName, createName] = process.argv.slice(2) as [string, string]
const payload = await cliPayload()
const found = await payload.find({
  collection: 'technologies',
  where: { name: { equals: findName } },
  depth: 0,
  pagination: false,
})
await payload.create({
  collection: 'technologies',
  data: { name: createName, slug: createName.toLowerCase().replace(/[^a-z0-9]+/g, '-'), category: 'other' },
})
console.log(JSON.stringify({ found: found.docs.map((doc) => doc.name) }))
await closePayloadAndExit(payload)
