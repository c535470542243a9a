/**
 * Applies the committed migrations in `migrations/`, fills what they leave to the live code (and with `--seed`, loads the sample guide into an
 * empty database). Needs DATABASE_URL or a running embedded database: run it as `npm run migrate`.
 */
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { seedSampleContent } from '@/lib/seed/sample'
import { committedMigrations } from '@/lib/db/migrations'
import { fillMissingSearchText } from '@/lib/search/fill-missing-search-text'

const payload = await cliPayload()
try {
  await payload.db.migrate({ migrations: committedMigrations })
  const filled = await fillMissingSearchText(payload)
  if (filled) payload.logger.info(`Search text filled for ${filled} guides saved before search existed`)
  if (process.argv.includes('--seed')) {
    const result = await seedSampleContent(payload)
    payload.logger.info(
      result.created ? `Loaded the sample guide at /guides/${result.slug}` : 'Content present: sample not loaded',
    )
  }
} catch (error) {
  payload.logger.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  await closePayloadAndExit(payload)
}
