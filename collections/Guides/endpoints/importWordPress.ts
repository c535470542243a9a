import fs from 'node:fs/promises'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Endpoint } from 'payload'
import { z } from 'zod'
import { hasRole } from '@/collections/access'
import { API_WXR_BODY_LIMIT_BYTES } from '@/lib/http/api-body-limit'
import { uploadedExportPath } from '@/lib/import/wordpress/import-job'
import { looksLikeWxr } from '@/lib/import/wordpress/wxr-reader'

const problem = (status: number, error: string) => Response.json({ error }, { status })

const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f/\\]+$/, 'A file name without slashes or control characters')

class TooLarge extends Error {}

/**
 * POST /api/guides/import-wordpress: a whole WordPress export (the file itself as the body,
 * `Content-Type: application/xml`, its name in `X-File-Name`), saved to disk as it arrives and
 * imported by a job. Answers 202 with the import run whose progress the admin shows. Editors only.
 */
export const importWordPressEndpoint: Endpoint = {
  path: '/import-wordpress',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in as an editor to import a WordPress site.')
    if (!hasRole(req, 'admin', 'editor')) return problem(403, 'Only editors and admins can import a WordPress site.')
    if (!/^(application|text)\/xml\b/i.test(req.headers.get('content-type') ?? ''))
      return problem(415, 'Send the export file itself as the body, with Content-Type: application/xml.')
    const name = fileNameSchema.safeParse(decodeURIComponent(req.headers.get('x-file-name') ?? 'export.xml'))
    if (!name.success) return problem(400, `X-File-Name: ${name.error.issues[0]!.message}.`)
    if (!req.body) return problem(400, 'The request has no body: send the WordPress export file.')

    const run = await req.payload.create({
      collection: 'import-runs',
      data: { fileName: name.data, status: 'queued', createdBy: req.user.id },
      overrideAccess: true,
    })
    const file = uploadedExportPath(run.id)
    const refuse = async (status: number, message: string) => {
      await fs.rm(file, { force: true })
      await req.payload.delete({ collection: 'import-runs', id: run.id, overrideAccess: true })
      return problem(status, message)
    }
    try {
      await fs.mkdir(path.dirname(file), { recursive: true })
      let size = 0
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length
          done(size > API_WXR_BODY_LIMIT_BYTES ? new TooLarge() : null, chunk)
        },
      })
      await pipeline(
        Readable.fromWeb(req.body as import('node:stream/web').ReadableStream),
        counted,
        createWriteStream(file),
      )
    } catch (error) {
      if (error instanceof TooLarge)
        return refuse(
          413,
          `An export may be at most ${API_WXR_BODY_LIMIT_BYTES / 1024 / 1024} MB here: import a larger one with npm run import.`,
        )
      return refuse(400, 'The upload stopped before the whole file arrived: send it again.')
    }
    if (!(await looksLikeWxr(file)))
      return refuse(400, 'This file is not a WordPress export (Tools → Export in WordPress writes one).')

    const job = await req.payload.jobs.queue({ task: 'importWordPress', input: { run: run.id } })
    // Started now rather than at the next minute's run; if this process stops, the queued job is run by the next.
    void req.payload.jobs
      .runByID({ id: job.id })
      .catch((error: unknown) => req.payload.logger.error({ err: error, msg: `WordPress import ${run.id} failed` }))
    return Response.json({ run: run.id, status: 'queued' }, { status: 202 })
  },
}
