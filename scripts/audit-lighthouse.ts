/**
 * Lighthouse on the production build, in Debian's Chromium: prints the four category scores for the
 * home page, the sample guide and a technology page, and exits non-zero when SEO or Accessibility is
 * below 100.
 *
 *   npm run build && npm run audit:lighthouse            starts the production server (server.ts) itself (embedded or DATABASE_URL)
 *   npm run audit:lighthouse -- --url http://host:3000   audits a server that is already running
 *
 *   npm run audit:lighthouse -- --floor                 also audits a bare Next.js page built from the same node_modules
 *                                                       (scripts/lib/bare-next.ts): the score Next and React allow on this host
 *
 * CHROME_PATH selects another Chromium (default /usr/bin/chromium).
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startBareNextServer } from './lib/bare-next'
import { clearRuntimeCache, startSeededProductionServer, stopProcessGroup } from './lib/server'

const PAGES = ['/', '/guides/back-end-developer-career-guide', '/technologies/postgresql']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const REQUIRED: Partial<Record<(typeof CATEGORIES)[number], number>> = { seo: 100, accessibility: 100 }

const urlArg = process.argv.indexOf('--url')
let baseUrl = urlArg === -1 ? undefined : process.argv[urlArg + 1]?.replace(/\/$/, '')
const withFloor = process.argv.includes('--floor')

/** The elements an audit complains about, so a failure says where to look. */
function offendingNodes(details: unknown): string {
  const items =
    (details as { items?: { node?: { snippet?: string }; href?: string; text?: string }[] } | undefined)?.items ?? []
  return items
    .slice(0, 5)
    .map((item) => `\n        ${item.node?.snippet ?? `${item.text ?? ''} ${item.href ?? ''}`.trim()}`)
    .join('')
}

const server = baseUrl ? undefined : await startSeededProductionServer(PAGES[1]!)
baseUrl ??= server!.origin
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})

const PERFORMANCE_METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const

/** Lighthouse's own threshold for warning that the host is too slow for its default CPU slowdown (core/gather/driver/environment.js; docs/throttling.md). */
const SLOW_HOST_BENCHMARK_INDEX = 1000

const failures: string[] = []

/** Audits one page and prints its scores; `required` holds the page to SEO and Accessibility 100. */
async function auditPage(label: string, url: string, port: number, { required }: { required: boolean }) {
  // A first request fills Next's cache, so the audit measures the page readers get.
  await (await fetch(url)).arrayBuffer()
  const audit = () => lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
  let result = await audit()
  // Recording the trace fails now and then on a loaded machine (NO_NAVSTART): one more run, as Lighthouse advises.
  if (result?.lhr.runtimeError) {
    console.log(`${label}: Lighthouse could not finish (${result.lhr.runtimeError.code}); running it once more`)
    result = await audit()
  }
  if (!result) throw new Error(`Lighthouse returned nothing for ${label}`)
  const { categories, audits, runtimeError, runWarnings } = result.lhr
  // A category without a score means Lighthouse could not measure it: say why instead of printing 0.
  if (runtimeError) console.log(`${label}: Lighthouse could not finish: ${runtimeError.code} ${runtimeError.message}`)
  for (const warning of runWarnings ?? []) console.log(`${label}: ${warning}`)
  const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100))
  console.log([label.padEnd(44), ...scores.map((s) => String(s).padStart(15))].join(''))
  // What the performance score is made of (simulated mobile), so that a lost point can be traced.
  const metrics = PERFORMANCE_METRICS.map(
    ([id, name]) =>
      audits[id] && `${name} ${audits[id].displayValue ?? '?'} (${Math.round((audits[id].score ?? 0) * 100)})`,
  )
  console.log(`    ${metrics.filter(Boolean).join(', ')}`)
  // Lighthouse prints this warning only from its own command line; the score depends on it.
  const { benchmarkIndex } = result.lhr.environment
  const slowHost =
    benchmarkIndex < SLOW_HOST_BENCHMARK_INDEX
      ? `: below the ${SLOW_HOST_BENCHMARK_INDEX} Lighthouse expects of the host it slows down 4x to a phone, so the score understates the page`
      : ''
  console.log(`    host CPU benchmarkIndex ${Math.round(benchmarkIndex)}${slowHost}`)
  for (const [id, minimum] of Object.entries(required ? REQUIRED : {})) {
    const score = Math.round((categories[id]?.score ?? 0) * 100)
    if (score >= minimum!) continue
    const failed = categories[id]!.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map(
      (ref) => `    - ${audits[ref.id]!.title}${offendingNodes(audits[ref.id]!.details)}`,
    )
    failures.push(`${label}: ${id} ${score} < ${minimum}\n${failed.join('\n')}`)
  }
}

try {
  console.log(['page'.padEnd(44), ...CATEGORIES.map((c) => c.padStart(15))].join(''))
  for (const path of PAGES) await auditPage(path, baseUrl + path, chrome.port, { required: true })
  if (withFloor) {
    const bare = await startBareNextServer()
    try {
      await auditPage('bare Next.js page (the floor)', `${bare.origin}/`, chrome.port, { required: false })
    } finally {
      await bare.stop()
    }
  }
} finally {
  chrome.kill()
  if (server) {
    await stopProcessGroup(server.child)
    clearRuntimeCache()
  }
}

if (failures.length) {
  console.error(`\nBelow the thresholds (SEO and Accessibility must be 100):\n${failures.join('\n')}`)
  process.exit(1)
}
console.log('\nSEO and Accessibility are 100 on every audited page.')
