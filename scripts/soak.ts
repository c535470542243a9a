/**
 * `npm run soak [-- --url http://localhost:3000 --seconds 60 --readers 16 --max-growth-mb 150]`: readers
 * hammer guide pages of a running production server (loopback only) while an editor publishes a
 * change every second through the REST API, as the admin does. Afterwards: zero 5xx answers, every
 * published change was visible on the next request, and the server's memory grew by less than the
 * stated bound (from a quarter of the way in, once warm); exits 1 otherwise. Bounded in time; builds nothing.
 *
 * The editor is a temporary account created for the run (and deleted after) in the site's database.
 */
import autocannon from 'autocannon'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { distinctClient, serverRssMb } from './lib/load'

const parsed = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .refine(
        (value) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(value).hostname),
        'loopback only (localhost or 127.0.0.1)',
      )
      .default('http://localhost:3000'),
    seconds: z.coerce.number().int().min(5).max(3600).default(60),
    readers: z.coerce.number().int().min(1).max(256).default(16),
    'max-growth-mb': z.coerce.number().min(1).default(150),
  })
  .safeParse(
    parseArgs({
      options: {
        url: { type: 'string' },
        seconds: { type: 'string' },
        readers: { type: 'string' },
        'max-growth-mb': { type: 'string' },
      },
    }).values,
  )
if (!parsed.success) {
  console.error(`soak: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}`)
  process.exit(2)
}
const { url: base, seconds, readers, 'max-growth-mb': maxGrowthMb } = parsed.data

const payload = await cliPayload()
const email = `soak-${randomBytes(4).toString('hex')}@example.com`
const password = randomBytes(18).toString('hex')
const slug = `soak-${Date.now().toString(36)}`
let failed = false
try {
  await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, roles: ['editor'] } })
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok)
    throw new Error(
      `signing in as the soak editor failed: ${login.status} ${await login.text()} (is ${base} the site of this database?)`,
    )
  const headers = {
    Authorization: `JWT ${((await login.json()) as { token: string }).token}`,
    'Content-Type': 'application/json',
  }
  const create = await fetch(`${base}/api/guides`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: 'Soak Test Guide',
      role: 'Soak Tester',
      slug,
      excerpt: 'Soak 0',
      _status: 'published',
      meta: { noindex: true },
    }),
  })
  if (create.status !== 201) throw new Error(`creating the soak guide failed: ${create.status} ${await create.text()}`)
  const { doc } = (await create.json()) as { doc: { id: number } }

  const paths = [`/guides/${slug}`, '/guides/back-end-developer-career-guide', '/', '/sitemap.xml']
  await Promise.all(paths.map((path) => fetch(base + path).then((r) => r.arrayBuffer())))
  // Memory is compared from a quarter of the way in: a server's heap grows to its working size under
  // load first, and that growth is not a leak.
  let rssBefore: number | null = null
  const warm = setTimeout(() => (rssBefore = serverRssMb(base)), (seconds * 1000) / 4)
  let next = 0
  const load = autocannon({
    url: base,
    connections: readers,
    duration: seconds,
    requests: [
      { method: 'GET', setupRequest: (request) => distinctClient({ ...request, path: paths[next++ % paths.length] }) },
    ],
  })

  // The editor: a change a second, each checked on the very next request.
  const invisible: number[] = []
  let published = 0
  const deadline = Date.now() + (seconds - 1) * 1000
  while (Date.now() < deadline) {
    const started = Date.now()
    published++
    const text = `Soak ${published}`
    const update = await fetch(`${base}/api/guides/${doc.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ excerpt: text, _status: 'published' }),
    })
    if (!update.ok) throw new Error(`publish ${published} failed: ${update.status} ${await update.text()}`)
    const html = await (await fetch(`${base}/guides/${slug}`)).text()
    if (!html.includes(`>${text}<`) && !html.includes(`"${text}"`)) invisible.push(published)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))))
  }
  const result = await load
  clearTimeout(warm)
  const rssAfter = serverRssMb(base)
  const fiveHundreds = result['5xx'] ?? 0
  const growth = rssBefore !== null && rssAfter !== null ? rssAfter - rssBefore : null

  console.log(
    `\n${seconds} s, ${readers} readers: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`,
  )
  console.log(
    `5xx answers: ${fiveHundreds}; errors/timeouts: ${result.errors + result.timeouts}; other non-2xx: ${result.non2xx - fiveHundreds}`,
  )
  console.log(
    `publishes: ${published}; not visible on the next request: ${invisible.length ? invisible.join(', ') : 'none'}`,
  )
  console.log(
    `server memory: ${rssBefore ?? '?'} MB a quarter of the way in, ${rssAfter ?? '?'} MB at the end (bound: +${maxGrowthMb} MB)`,
  )
  failed =
    fiveHundreds > 0 ||
    result.errors + result.timeouts > 0 ||
    invisible.length > 0 ||
    (growth !== null && growth > maxGrowthMb)
  console.log(failed ? 'soak: FAILED' : 'soak: passed')
} catch (error) {
  console.error(`soak: ${(error as Error).message}`)
  failed = true
} finally {
  await payload.delete({ collection: 'guides', where: { slug: { equals: slug } }, overrideAccess: true })
  await payload.delete({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  process.exitCode = failed ? 1 : 0
  await closePayloadAndExit(payload)
}
