/**
 * `npm run bench:heavy-reads [-- --url http://127.0.0.1:3000 --clients 10]`: how long a reader waits for a
 * small page (/robots.txt, every 100 ms) while that many anonymous clients at once read the heaviest
 * API answers they may ask for: REST `/api/guides?limit=100&depth=2` and GraphQL's 100-document query.
 * Prints the reader's median and worst wait and how long the heavy reads took. Run it against a site
 * with a few hundred guides (`npm run seed:synthetic -- --guides 500`); it needs the site running.
 */
import { z } from 'zod'
import { scriptArgs } from './lib/args'

const args = scriptArgs(
  z.object({
    url: z.string().url().default('http://127.0.0.1:3000'),
    clients: z.coerce.number().int().min(1).max(50).default(10),
  }),
)
const base = args.url.replace(/\/$/, '')

const GRAPHQL = JSON.stringify({
  query: '{ Guides(limit: 100) { docs { title slug excerpt content { __typename } } } }',
})
const heavy = {
  rest: (i: number) => fetch(`${base}/api/guides?limit=100&depth=2&page=${(i % 5) + 1}`),
  graphql: () =>
    fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: GRAPHQL }),
}

async function measure(kind: keyof typeof heavy) {
  let reading = true
  const waits: number[] = []
  const reader = (async () => {
    while (reading) {
      const started = performance.now()
      await fetch(`${base}/robots.txt`).then((response) => response.text())
      waits.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  const started = performance.now()
  const statuses = await Promise.all(
    Array.from({ length: args.clients }, (_, i) =>
      heavy[kind](i).then(async (response) => (await response.arrayBuffer(), response.status)),
    ),
  )
  const took = performance.now() - started
  reading = false
  await reader
  waits.sort((a, b) => a - b)
  const counts = Object.entries(
    statuses.reduce<Record<number, number>>((all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }), {}),
  )
  console.log(
    `${kind.padEnd(8)} ${args.clients} at once: ${Math.round(took)} ms in all (${counts.map(([status, n]) => `${n}× ${status}`).join(', ')}); ` +
      `reader waited ${Math.round(waits[Math.floor(waits.length / 2)]!)} ms median, ${Math.round(waits.at(-1)!)} ms worst (${waits.length} reads)`,
  )
}

const probe = await fetch(`${base}/robots.txt`).catch(() => undefined)
if (!probe?.ok) {
  console.error(
    `bench:heavy-reads: ${base} does not answer; start the site first (npm run build && npm start) and pass --url if it is elsewhere`,
  )
  process.exit(1)
}
await measure('rest')
await measure('graphql')
