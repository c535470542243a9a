import { listOf, type BlockText, type GuideText } from '@/blocks/text'

type LexicalNode = {
  type?: string
  tag?: string
  text?: string
  children?: LexicalNode[]
  fields?: { linkType?: string; url?: string }
}

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

/** The rich text's headings, paragraphs and list items, and its links to the site's pages. */
export const sectionText: BlockText<'section'> = (block, out) => {
  for (const node of listOf(block.content?.root?.children as LexicalNode[] | undefined)) walkRichText(node, out)
}
