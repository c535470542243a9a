import { quickFactsOf } from '@/lib/content/quick-facts'
import { z } from 'zod'
import { MAX_UPLOAD_BYTES } from '@/lib/import/limits'
import { kindOf, sectionOverrideSchema } from './overrides'
import { blockItemCount, blockSummary } from '@/blocks/registry/imports'
import { CATEGORY_PLURALS, categoryLabel } from './categories'
import { MAX_DOCUMENT_BYTES, type ParseResult, type ReportLine } from './parse-guide'
import type { TechnologyCategory } from '@/lib/content/taxonomy'
import type { TechnologyMatcher } from './technology-names'

/** What the admin's import form sends: the document's text, whether to write or publish it, and the editor's choices per section. */
export const importRequestSchema = z
  .object({
    text: z
      .string({ error: 'Send the document as text in the "text" field.' })
      .min(1, 'The document is empty.')
      .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_DOCUMENT_BYTES, 'The document is larger than 1 MB.')
      .optional(),
    /** A file as uploaded (.txt, .md, .docx, .html), base64: recognised by its content, converted to text. */
    file: z
      .object({
        name: z.string().max(255),
        data: z
          .string()
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'file.data must be the file in base64.')
          .refine((data) => data.length * 0.75 <= MAX_UPLOAD_BYTES, 'The file is larger than 10 MB.'),
      })
      .optional(),
    dryRun: z.boolean().default(false),
    publish: z.boolean().default(false),
    overrides: z.array(sectionOverrideSchema).max(1000).default([]),
  })
  .refine((request) => (request.text === undefined) !== (request.file === undefined), {
    message:
      'Send the document as text in the "text" field, or as "file": {"name", "data" (the file in base64)}; not both.',
  })

export type ImportRequest = z.infer<typeof importRequestSchema>

/** The guide an import would update (same slug), so that the preview can say so first. */
export interface ExistingGuide {
  id: number
  title: string
  status: 'draft' | 'published'
}

export interface PreviewContext {
  /** Matches technologies against the site's and the dictionary; without it every name counts as new. */
  technologies?: TechnologyMatcher
  existing?: ExistingGuide
}

/** The kinds a list can be turned into in the import form, as "kind" or "technologies:<category>". */
export const KIND_CHOICES: { value: string; label: string }[] = [
  { value: 'list', label: 'List' },
  ...(Object.keys(CATEGORY_PLURALS) as TechnologyCategory[]).map((category) => ({
    value: `technologies:${category}`,
    label: `Technology group · ${categoryLabel(category)}`,
  })),
  { value: 'skills', label: 'Skills' },
  { value: 'careerPaths', label: 'Career paths' },
  { value: 'text', label: 'Text' },
]

/** "technologies:framework" as the override the API takes. */
export function overrideFromChoice(section: number, value: string) {
  const [kind, category] = value.split(':')
  return category ? { section, kind, category } : { section, kind }
}

/** A description of a parsed guide in editors' words, for them to check (and correct) before it is created. */
export function previewOf({ guide, warnings, skipped, origins }: ParseResult, context: PreviewContext = {}) {
  const existingWarning: ReportLine[] = context.existing
    ? [
        {
          line: 0,
          message: `This import updates the ${context.existing.status === 'published' ? 'published' : 'draft'} guide “${context.existing.title}” (/guides/${guide.slug}) rather than creating a new one; its current content stays in the guide’s version history.`,
        },
      ]
    : []
  return {
    title: guide.title,
    role: guide.role,
    slug: guide.slug,
    meta: guide.meta,
    existing: context.existing ?? null,
    seo: [
      { label: 'SEO title', value: guide.meta.title ?? null },
      { label: 'Meta description', value: guide.meta.description ?? null },
      { label: 'Focus keyword', value: guide.meta.focusKeyword ?? null },
      { label: 'Secondary keywords', value: guide.meta.secondaryKeywords.join(', ') || null },
      // What the document's "Quick facts" section was read as, before it is saved.
      ...quickFactsOf(guide.quickFacts ?? null).map((fact) => ({
        label: `Quick facts · ${fact.label}`,
        value: fact.source ? `${fact.value} (${fact.source})` : fact.value,
      })),
    ],
    kindChoices: KIND_CHOICES,
    sections: guide.blocks.map((block, index) => {
      const matches =
        block.blockType === 'technologyGroup'
          ? block.technologies.map(
              (ref) =>
                context.technologies?.match(ref) ?? { written: ref.name, name: ref.name, known: false, renamed: false },
            )
          : undefined
      const kind = kindOf(block)
      const choice = kind ? (kind.category ? `${kind.kind}:${kind.category}` : kind.kind) : null
      return {
        heading: block.heading,
        level: Number(block.headingLevel),
        type: block.blockType,
        items: blockItemCount(block),
        summary: blockSummary(block, matches),
        why: origins[index]?.why ?? '',
        lines: origins[index] ? { from: origins[index].from, to: origins[index].to } : null,
        /** What it is now, among KIND_CHOICES (lists only: the editor may change it). */
        choice,
        technologies: matches ?? null,
      }
    }),
    warnings: [...existingWarning, ...warnings],
    skipped,
  }
}

export type ImportPreview = ReturnType<typeof previewOf>
