import type { Endpoint } from 'payload'
import { ValidationError } from 'payload'
import { ImportError, parseGuideText } from '@/lib/import/parse-guide'
import { applyOverrides } from '@/lib/import/overrides'
import { importRequestSchema, previewOf } from '@/lib/import/preview'
import { previewContext } from '@/lib/import/preview-context'
import { writeGuide } from '@/lib/import/write-guide'
import { documentText, type DocumentText } from '@/lib/import/document-formats'
import { hasRole } from '@/collections/access'

const problem = (status: number, error: string) => Response.json({ error }, { status })

/**
 * POST /api/guides/import: parses a writer's document and, unless it is a dry run, writes it as a
 * draft (or published) guide in one transaction. Editors and admins only.
 */
export const importGuideEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in as an editor to import guides.')
    if (!hasRole(req, 'admin', 'editor')) return problem(403, 'Only editors and admins can import guides.')

    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return problem(
        400,
        'The request body must be JSON: {"text": "<the document>", "dryRun": true} or {"file": {"name", "data": "<base64>"}}.',
      )
    }
    const request = importRequestSchema.safeParse(body)
    if (!request.success) {
      const issue = request.error.issues[0]!
      const where = issue.path[0] === 'overrides' ? `overrides[${String(issue.path[1])}]: ` : ''
      return problem(400, `${where}${issue.message}`)
    }

    let parsed
    let converted: DocumentText | undefined
    try {
      const { file } = request.data
      if (file) converted = await documentText(Buffer.from(file.data, 'base64'))
      const text = converted?.text ?? request.data.text ?? ''
      parsed = applyOverrides(parseGuideText(text), request.data.overrides)
    } catch (error) {
      if (error instanceof ImportError) return problem(400, error.message)
      throw error
    }
    const preview = previewOf(parsed, await previewContext(req.payload, parsed.guide.slug))
    // A converted file's text goes back to the form, which sends it as text from then on.
    const conversion = converted ? { text: converted.text, format: converted.format, notes: converted.notes } : {}
    if (request.data.dryRun) return Response.json({ preview, ...conversion })

    try {
      const result = await writeGuide(req.payload, parsed.guide, { publish: request.data.publish })
      return Response.json({ preview, result, ...conversion })
    } catch (error) {
      if (error instanceof ValidationError) return problem(400, `Nothing was imported: ${error.message}`)
      req.payload.logger.error({ err: error, msg: 'guide import failed' })
      return problem(500, 'The import failed and nothing was changed. Try again, or tell the site’s developers.')
    }
  },
}
