/**
 * Applies the committed migrations in `migrations/` (and with `--seed`, loads the sample guide into an
 * empty database). Needs DATABASE_URL or a running embedded database: run it as `npm run migrate`.
 */
import { cliPayload } from '../lib/db/cli-payload'
import { closePayloadAndExit } from '../lib/db/close-payload'
import { seedSampleContent } from '../lib/seed'
import { committedMigrations } from '../lib/db/migrations'

const payload = await cliPayload()
try {
  await payload.db.migrate({ migrations: committedMigrations })
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
