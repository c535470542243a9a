import { slugify } from '@/lib/content/slug'
import { parsedGuideSchema, type ParsedBlock } from '@/lib/import/schema'
import { ImportError, type ReportLine, type SectionOrigin } from './types'
import type { Meta } from './header'

export function roleFromTitle(title: string, focusKeyword: string | undefined): string {
  const beforeSeparator = title
    .split(/\s*(?::|\||\s[–—-]\s)\s*/)[0]!
    .replace(/\(\d{4}\)/, '')
    .trim()
  if (beforeSeparator && beforeSeparator !== title) return beforeSeparator
  return focusKeyword || title
}

export function excerptOf(blocks: ParsedBlock[]): string {
  for (const block of blocks) {
    const first =
      block.blockType === 'section'
        ? block.content.find((node) => node.type === 'paragraph')?.text
        : 'intro' in block
          ? block.intro[0]
          : undefined
    if (!first) continue
    const sentences = first.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [first]
    let excerpt = ''
    for (const sentence of sentences) {
      if (excerpt && (excerpt + sentence).length > 220) break
      excerpt += sentence
    }
    return excerpt.trim()
  }
  return ''
}

/** The slug from the header's URL or slug (its last path segment), else from the title. */
export function slugOf(meta: Meta, title: string, warnings: ReportLine[]): string {
  const slugSource = meta.slug ?? title
  const slug = slugify(
    slugSource
      .replace(/^https?:\/\/[^/]+/, '')
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .pop() ?? slugSource,
  )
  if (meta.slug && slug !== meta.slug) {
    warnings.push({ line: 0, message: `URL slug "${meta.slug}" was normalised to "${slug}"` })
  }
  return slug
}

/** A container heading that never received items is kept as prose rather than lost. */
export function emptyContainersAsText(blocks: ParsedBlock[], origins: SectionOrigin[]): ParsedBlock[] {
  return blocks.map((block, index): ParsedBlock => {
    const empty =
      (block.blockType === 'responsibilities' && block.items.length === 0) ||
      (block.blockType === 'roadmap' && block.steps.length === 0) ||
      (block.blockType === 'faq' && block.items.length === 0)
    if (!empty) return block
    origins[index]!.why = `${origins[index]!.why}, but none followed: kept as text`
    const intro = 'intro' in block ? block.intro : []
    return {
      blockType: 'section',
      heading: block.heading,
      headingLevel: block.headingLevel,
      content: intro.map((text) => ({ type: 'paragraph' as const, text })),
    }
  })
}

/** The guide, checked against its schema; what fails is said in the writer's terms. */
export function validGuide(candidate: unknown) {
  const parsed = parsedGuideSchema.safeParse(candidate)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    if (issue.path[0] === 'blocks' && issue.path.length === 1) {
      throw new ImportError(
        'The document has no sections: write headings followed by paragraphs or lists after the title.',
      )
    }
    throw new ImportError(`The document could not be read as a guide: ${issue.path.join('.')} ${issue.message}`)
  }
  return parsed.data
}
