import type { Guide } from '@/payload-types'

/**
 * What a reader (and a crawler) gets from a guide's blocks, in page order: its subheadings, its
 * paragraphs of prose, and how many links it makes to other pages of the site. Works on saved
 * documents and on the admin form's unsaved values alike (relationships may be IDs or documents).
 */
export type GuideContentBlock = NonNullable<Guide['content']>[number]

export interface GuideText {
  /** Block headings and the headings inside rich text, as `{ level, text }`. */
  headings: { level: number; text: string }[]
  /** Prose and list items, in order. */
  paragraphs: string[]
  /** Links to guides, technologies and skills (chips, career paths, internal links in rich text). */
  internalLinks: number
  blockTypes: Set<GuideContentBlock['blockType']>
}

type Named = { name?: string | null; title?: string | null }
type LexicalNode = {
  type?: string
  tag?: string
  text?: string
  children?: LexicalNode[]
  fields?: { linkType?: string; url?: string }
}

/**
 * The admin form holds an array or blocks field without rows as its row count (0), not `[]`, and a
 * half-filled block may lack any field: every list is read through this, never iterated as given.
 */
export const listOf = <T>(value: readonly T[] | null | undefined): readonly T[] => (Array.isArray(value) ? value : [])

const splitParagraphs = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

const nameOf = (value: unknown) =>
  typeof value === 'object' && value ? ((value as Named).name ?? (value as Named).title ?? '') : ''

function textOfNode(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  return listOf(node.children).map(textOfNode).join('')
}

function isInternalLink(node: LexicalNode): boolean {
  if (node.type !== 'link' && node.type !== 'autolink') return false
  const url = node.fields?.url ?? ''
  return node.fields?.linkType === 'internal' || url.startsWith('/')
}

function countInternalLinks(node: LexicalNode): number {
  return (
    (isInternalLink(node) ? 1 : 0) + listOf(node.children).reduce((sum, child) => sum + countInternalLinks(child), 0)
  )
}

function walkRichText(node: LexicalNode, into: GuideText): void {
  if (node.type === 'heading') {
    into.headings.push({ level: Number(node.tag?.slice(1)) || 2, text: textOfNode(node).trim() })
    return
  }
  if (node.type === 'paragraph' || node.type === 'listitem' || node.type === 'quote') {
    // A list item's own text, then any list nested in it.
    const own = listOf(node.children).filter((child) => child.type !== 'list')
    const text = own.map(textOfNode).join('').trim()
    if (text) into.paragraphs.push(text)
    into.internalLinks += own.reduce((sum, child) => sum + countInternalLinks(child), 0)
    for (const child of listOf(node.children)) if (child.type === 'list') walkRichText(child, into)
    return
  }
  for (const child of listOf(node.children)) walkRichText(child, into)
}

export function guideText(blocks: readonly GuideContentBlock[] | null | undefined): GuideText {
  const out: GuideText = { headings: [], paragraphs: [], internalLinks: 0, blockTypes: new Set() }
  const prose = (...texts: (string | null | undefined)[]) =>
    texts.forEach((text) => out.paragraphs.push(...splitParagraphs(text)))
  for (const block of listOf(blocks)) {
    if (!block?.blockType) continue
    out.blockTypes.add(block.blockType)
    if (block.heading) out.headings.push({ level: Number(block.headingLevel) || 2, text: block.heading })
    const intro = 'intro' in block ? block.intro : undefined
    const outro = 'outro' in block ? block.outro : undefined
    prose(intro)
    switch (block.blockType) {
      case 'section':
        for (const node of listOf(block.content?.root?.children as LexicalNode[] | undefined)) walkRichText(node, out)
        break
      case 'responsibilities':
        for (const item of listOf(block.items)) prose(`${item.title ?? ''}: ${item.description ?? ''}`)
        break
      case 'technologyGroup':
        out.internalLinks += listOf(block.technologies).length
        prose(...listOf(block.technologies).map(nameOf))
        break
      case 'skillList':
        out.internalLinks += listOf(block.skills).length
        prose(...listOf(block.skills).map(nameOf))
        break
      case 'plainList':
        prose(...listOf(block.items).map((item) => item.text))
        break
      case 'careerPaths':
        out.internalLinks += listOf(block.items).filter((item) => item.guide).length
        prose(...listOf(block.items).map((item) => item.title))
        break
      case 'roadmap':
        for (const step of listOf(block.steps)) prose(`${step.title ?? ''}: ${step.description ?? ''}`)
        break
      case 'faq':
        for (const item of listOf(block.items)) prose(item.question, item.answer)
        break
      case 'salary':
        break
    }
    prose(outro)
  }
  return out
}

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.+#-][\p{L}\p{N}]+)*[+#]*/gu) ?? []
}
