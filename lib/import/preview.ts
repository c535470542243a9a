import { z } from 'zod'
import { MAX_DOCUMENT_BYTES, type ParseResult } from './parse-guide'

/** What the admin's import form sends: the document's text, and whether to write or publish it. */
export const importRequestSchema = z.object({
  text: z
    .string({ error: 'Send the document as text in the "text" field.' })
    .min(1, 'The document is empty.')
    .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_DOCUMENT_BYTES, 'The document is larger than 1 MB.'),
  dryRun: z.boolean().default(false),
  publish: z.boolean().default(false),
})

export type ImportRequest = z.infer<typeof importRequestSchema>

/** A compact description of a parsed guide, for the editor to check before creating it. */
export function previewOf({ guide, warnings, skipped }: ParseResult) {
  return {
    title: guide.title,
    role: guide.role,
    slug: guide.slug,
    meta: guide.meta,
    sections: guide.blocks.map((block) => ({
      heading: block.heading,
      level: Number(block.headingLevel),
      type: block.blockType,
      items:
        block.blockType === 'technologyGroup'
          ? block.technologies.length
          : block.blockType === 'skillList'
            ? block.skills.length
            : block.blockType === 'salary'
              ? block.rows.length
              : block.blockType === 'roadmap'
                ? block.steps.length
                : 'items' in block
                  ? block.items.length
                  : block.content.length,
    })),
    warnings,
    skipped,
  }
}

export type ImportPreview = ReturnType<typeof previewOf>
