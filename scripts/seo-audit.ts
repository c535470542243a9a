/**
 * The SEO checks of every guide (or one), then a table of them and the guides whose facts need
 * review: `npm run seo:audit [-- <slug>] [--json]`. Published guides are checked as readers see them,
 * unpublished ones as their latest draft; guides are read 200 at a time and each one's checks printed
 * as it is read, so memory stays flat however many guides there are. Exits with 1 when a published
 * guide has a problem, so it can gate a deploy.
 */
import { parseArgs } from 'node:util'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import type { CheckStatus } from '@/lib/seo/analysis'
import { auditGuides, type AuditedGuide } from '@/lib/seo/audit'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false } },
})
const json = values.json
const onlySlug = positionals[0]

const mark: Record<CheckStatus, string> = { good: '✓', improve: '!', problem: '✗' }
const count = ({ analysis }: AuditedGuide, status: CheckStatus) =>
  analysis.checks.filter((c) => c.status === status).length

const payload = await cliPayload()
try {
  // Kept for the end: one line per guide, and the published guides needing review.
  const table: { slug: string; line: string }[] = []
  const toReview: { slug: string; ageDays: number; reasons: string[] }[] = []
  let failed = false
  for await (const audited of auditGuides(payload, { slug: onlySlug })) {
    const { slug, published, analysis, review } = audited
    if (published && analysis.status === 'problem') failed = true
    if (published && review.reasons.length)
      toReview.push({ slug, ageDays: review.ageDays, reasons: review.reasons.map((r) => r.message) })
    if (json) {
      process.stdout.write(`${table.length ? ',\n' : '[\n'}${JSON.stringify(audited, null, 2)}`)
    } else {
      console.log(`${slug}`)
      for (const check of analysis.checks)
        console.log(`  ${mark[check.status]} ${check.id.padEnd(28)} ${check.message}`)
      console.log('')
    }
    table.push({
      slug,
      line: `${slug.padEnd(48)} ${(published ? 'published' : 'draft').padEnd(10)} ${String(analysis.score).padStart(5)}  ${String(count(audited, 'problem')).padStart(8)}  ${String(count(audited, 'improve')).padStart(10)}`,
    })
  }
  if (onlySlug && table.length === 0) {
    console.error(`No guide has the slug "${onlySlug}".`)
    process.exitCode = 2
  } else if (json) {
    process.stdout.write(table.length ? '\n]\n' : '[]\n')
  } else {
    console.log(`${'guide'.padEnd(48)} ${'state'.padEnd(10)} score  problems  to improve`)
    for (const { line } of table.sort((a, b) => a.slug.localeCompare(b.slug))) console.log(line)
    console.log(
      `\nNeeds review: ${toReview.length} published ${toReview.length === 1 ? 'guide' : 'guides'}, unchecked longest first`,
    )
    for (const { slug, ageDays, reasons } of toReview.sort(
      (a, b) => b.ageDays - a.ageDays || a.slug.localeCompare(b.slug),
    )) {
      console.log(`  ${slug} (${ageDays.toLocaleString('en')} days)`)
      for (const reason of reasons) console.log(`    - ${reason}`)
    }
  }
  if (failed) process.exitCode = 1
} finally {
  await closePayloadAndExit(payload)
}
