/**
 * `npm run bench:bulk-delete -- --email you@example.com --password '…' --server-pid <npm start's pid>`:
 * one editor's bulk delete through REST (`DELETE /api/guides?where[slug][like]=synthetic-&limit=5000`,
 * as the admin's list view sends it) of every synthetic guide, against a running site. Prints how long
 * it took, its status and count, and the peak resident memory of the server's processes (the given
 * process and its descendants, sampled every 50 ms; each worker has the production heap cap). Seed
 * the guides first: `npm run seed:synthetic -- --guides 900`. Figures: docs/performance.md.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'

const args = z
  .object({
    url: z.string().url().default('http://127.0.0.1:3000'),
    email: z.email('--email must be an account that may delete guides'),
    password: z.string().min(1, '--password is needed'),
    'server-pid': z.coerce.number().int().positive().optional(),
    prefix: z.string().min(1).default('synthetic-'),
  })
  .parse(
    parseArgs({
      options: {
        url: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        'server-pid': { type: 'string' },
        prefix: { type: 'string' },
      },
    }).values,
  )
const base = args.url.replace(/\/$/, '')

/** Resident memory (bytes) of `pid` and every process under it, by process. */
function residentMemory(pid: number, into = new Map<number, number>()): Map<number, number> {
  try {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    if (rss) into.set(pid, Number(rss) * 1024)
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()
    for (const child of children ? children.split(/\s+/) : []) residentMemory(Number(child), into)
  } catch {
    // The process ended while it was read.
  }
  return into
}

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: args.email, password: args.password }),
}).catch(() => undefined)
if (!login?.ok) {
  console.error(`bench:bulk-delete: cannot sign in at ${base} (${login?.status ?? 'no answer'}); is the site running?`)
  process.exit(1)
}
const { token } = (await login.json()) as { token: string }
const headers = { Authorization: `JWT ${token}` }
const count = async () => {
  const response = await fetch(`${base}/api/guides?where[slug][like]=${args.prefix}&limit=1&depth=0`, { headers })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const before = await count()
const peaks = new Map<number, number>()
const sample = () => {
  if (!args['server-pid']) return
  for (const [pid, rss] of residentMemory(args['server-pid'])) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, rss))
}
sample()
const atStart = new Map(peaks)
const sampler = setInterval(sample, 50)
const started = performance.now()
const response = await fetch(`${base}/api/guides?where[slug][like]=${args.prefix}&limit=5000`, {
  method: 'DELETE',
  headers,
}).catch((error: Error) => error)
const seconds = (performance.now() - started) / 1000
clearInterval(sampler)
sample()

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
if (response instanceof Error) {
  console.log(`DELETE of ${before} guides: no answer after ${seconds.toFixed(1)} s (${response.message})`)
} else {
  const body = (await response.json().catch(() => ({}))) as { docs?: unknown[]; errors?: unknown[] }
  console.log(
    `DELETE of ${before} guides: ${response.status} in ${seconds.toFixed(1)} s, ${body.docs?.length ?? 0} deleted, ` +
      `${body.errors?.length ?? 0} errors, answer ${(JSON.stringify(body).length / 1024).toFixed(0)} KB`,
  )
}
console.log(`guides left: ${await count().catch(() => 'unknown (server down)')}`)
for (const [pid, peak] of peaks)
  console.log(`  process ${pid}: RSS ${mb(atStart.get(pid) ?? 0)} before, peak ${mb(peak)}`)
