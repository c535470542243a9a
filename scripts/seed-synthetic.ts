/**
 * `npm run seed:synthetic -- --guides 10000`: adds synthetic guides (the sample's blocks, varied
 * titles, dates and technologies, a few comments each) until the database has that many, for
 * measuring the site at scale (`npm run bench:scale`). They are published and marked by their slug
 * prefix `synthetic-`; `--remove` deletes them again.
 */
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { removeSyntheticGuides, seedSyntheticGuides } from '@/lib/seed/synthetic'

const parsed = z
  .object({
    guides: z.coerce.number().int().min(0).max(1_000_000).default(100),
    comments: z.coerce.number().int().min(0).max(50).default(3),
    remove: z.boolean().default(false),
  })
  .safeParse(
    parseArgs({ options: { guides: { type: 'string' }, comments: { type: 'string' }, remove: { type: 'boolean' } } })
      .values,
  )
if (!parsed.success) {
  console.error(
    `seed:synthetic: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
  )
  process.exit(2)
}
const { guides, comments, remove } = parsed.data

const payload = await cliPayload()
try {
  if (remove) {
    const started = performance.now()
    const removed = await removeSyntheticGuides(payload)
    console.log(`Removed ${removed} synthetic guides in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
  } else {
    const started = performance.now()
    let lastReport = 0
    const added = await seedSyntheticGuides(payload, guides, {
      commentsPerGuide: comments,
      onProgress: (done, total) => {
        if (performance.now() - lastReport < 5000 && done !== total) return
        lastReport = performance.now()
        process.stdout.write(`  ${done}/${total} guides\n`)
      },
    })
    const seconds = (performance.now() - started) / 1000
    console.log(
      `Added ${added} synthetic guides in ${seconds.toFixed(1)} s${added ? ` (${(added / seconds).toFixed(1)} guides/s)` : ''}; ${guides} in all.`,
    )
  }
} catch (error) {
  console.error(`seed:synthetic: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await closePayloadAndExit(payload)
}
