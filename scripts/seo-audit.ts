/**
 * The SEO checks of every guide (or one), as a table: `npm run seo:audit [-- <slug>] [--json]`.
 * Published guides are checked as readers see them, unpublished ones as their latest draft. Exits
 * with 1 when a published guide has a problem, so it can gate a deploy.
 */
import { parseArgs } from 'node:util'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { analyseGuide, seoInputOf, type CheckStatus, type SeoAnalysis } from '@/lib/seo/analysis'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false } },
})
const json = values.json
const onlySlug = positionals[0]

const payload = await cliPayload()
try {
  const { docs } = await payload.find({
    collection: 'guides',
    draft: false,
    depth: 1,
    pagination: false,
    sort: 'slug',
    overrideAccess: true,
  })
  const otherGuides = docs.map((doc) => ({ title: doc.title, slug: doc.slug, focusKeyword: doc.meta?.focusKeyword }))
  const audited: { slug: string; published: boolean; analysis: SeoAnalysis }[] = []
  for (const doc of docs) {
    if (onlySlug && doc.slug !== onlySlug) continue
    const published = doc._status === 'published'
    const latest = published
      ? doc
      : await payload.findByID({ collection: 'guides', id: doc.id, draft: true, depth: 1, overrideAccess: true })
    audited.push({ slug: doc.slug, published, analysis: analyseGuide(seoInputOf(latest, otherGuides)) })
  }
  if (onlySlug && audited.length === 0) {
    console.error(`No guide has the slug "${onlySlug}".`)
    process.exitCode = 2
  } else if (json) {
    console.log(JSON.stringify(audited, null, 2))
  } else {
    const mark: Record<CheckStatus, string> = { good: '✓', improve: '!', problem: '✗' }
    console.log(`${'guide'.padEnd(48)} ${'state'.padEnd(10)} score  problems  to improve`)
    for (const { slug, published, analysis } of audited) {
      const count = (status: CheckStatus) => analysis.checks.filter((c) => c.status === status).length
      console.log(
        `${slug.padEnd(48)} ${(published ? 'published' : 'draft').padEnd(10)} ${String(analysis.score).padStart(5)}  ${String(count('problem')).padStart(8)}  ${String(count('improve')).padStart(10)}`,
      )
    }
    for (const { slug, analysis } of audited) {
      console.log(`\n${slug}`)
      for (const check of analysis.checks)
        console.log(`  ${mark[check.status]} ${check.id.padEnd(28)} ${check.message}`)
    }
  }
  if (audited.some(({ published, analysis }) => published && analysis.status === 'problem')) process.exitCode = 1
} finally {
  await closePayloadAndExit(payload)
}
