import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import { env } from '@/lib/config/env'
import { importWxr } from './import-wxr'

/**
 * A WordPress export uploaded in the admin, imported by a Payload job so that a site of thousands
 * of posts neither holds a request open nor is lost with it: the upload is kept in DATA_DIR/imports
 * until the job has read it, and the job writes its progress and report to the import run.
 */

export const uploadedExportPath = (runId: number | string) => path.join(env().DATA_DIR, 'imports', `${runId}.xml`)

const PROGRESS_EVERY_MS = 1000

export async function runWordPressImport(payload: Payload, runId: number): Promise<void> {
  const file = uploadedExportPath(runId)
  // One write at a time, in order, so the last progress never lands after "done".
  let writes: Promise<unknown> = Promise.resolve()
  const update = (data: Record<string, unknown>) =>
    (writes = writes.then(() =>
      payload.update({ collection: 'import-runs', id: runId, data, depth: 0, overrideAccess: true }),
    ))
  await update({ status: 'running' })
  try {
    const size = (await fs.stat(file)).size
    let pass = 0
    let read = 0
    let posts = 0
    let written = 0
    // The export is read twice (addresses first, then everything): each pass is half the bar.
    const open = () => {
      pass++
      read = 0
      return createReadStream(file).on('data', (chunk) => (read += chunk.length))
    }
    const report = await importWxr(payload, open, {
      // An upload may name any address: images come only from the public internet (lib/import/wordpress/media.ts).
      images: { fetch: 'public' },
      onPost: () => {
        posts++
        if (Date.now() - written < PROGRESS_EVERY_MS) return
        written = Date.now()
        void update({ progress: Math.min(99, Math.round(((pass - 1 + read / size) / 2) * 100)), posts })
      },
    })
    await update({ status: 'done', progress: 100, posts, report })
  } catch (error) {
    await update({ status: 'failed', error: error instanceof Error ? error.message : String(error) })
  } finally {
    await writes.catch(() => undefined)
    await fs.rm(file, { force: true })
  }
}

export const importWordPressTask: TaskConfig<{ input: { run: number }; output: object }> = {
  slug: 'importWordPress',
  label: 'Import a WordPress export',
  inputSchema: [{ name: 'run', type: 'number', required: true }],
  // Posts already written are matched on a second run, but the upload is gone once read: no retries.
  retries: 0,
  handler: async ({ input, req }) => {
    await runWordPressImport(req.payload, input.run)
    return { output: {} }
  },
}
