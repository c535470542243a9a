import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { RichNode } from '@/lib/import/schema-parts'

/** Builds the Lexical editor state Payload stores for rich text, from plain paragraphs and lists. */
const element = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

const textNode = (text: string) => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

const paragraph = (text?: string) => ({
  type: 'paragraph',
  ...element,
  textFormat: 0,
  textStyle: '',
  children: text ? [textNode(text)] : [],
})

export function richTextFromNodes(nodes: RichNode[]): SerializedEditorState {
  const children = nodes.map((node) =>
    node.type === 'paragraph'
      ? paragraph(node.text)
      : {
          type: 'list',
          ...element,
          listType: node.ordered ? 'number' : 'bullet',
          start: 1,
          tag: node.ordered ? 'ol' : 'ul',
          children: node.items.map((item, position) => ({
            type: 'listitem',
            ...element,
            value: position + 1,
            children: [textNode(item)],
          })),
        },
  )
  // Lexical refuses an empty root ("the editor state is empty", minified error #38 in the admin): a
  // section with no text of its own gets one empty paragraph.
  return {
    root: { type: 'root', ...element, children: children.length ? children : [paragraph()] },
  } as unknown as SerializedEditorState
}

/**
 * A stored rich text value as the admin's editor can load it: a root with no children (written by
 * imports before richTextFromNodes gave empty sections a paragraph) gets one empty paragraph.
 */
export function editableRichText(value: unknown): unknown {
  const root = (value as { root?: { children?: unknown[] } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children) || root.children.length > 0) return value
  return { ...(value as object), root: { ...root, children: [paragraph()] } }
}

/** The text of a rich text value, one entry per paragraph or list item (for excerpts, search and tests). */
export function plainTextOf(state: unknown): string[] {
  const out: string[] = []
  const visit = (node: { type?: string; text?: string; children?: unknown[] }, into: string[]) => {
    if (typeof node.text === 'string') into.push(node.text)
    for (const child of node.children ?? []) visit(child as typeof node, into)
  }
  const root = (state as { root?: { children?: unknown[] } } | null)?.root
  const collect = (node: { type?: string; children?: unknown[] }) => {
    if (node.type === 'list') return (node.children ?? []).forEach((item) => collect(item as typeof node))
    const parts: string[] = []
    visit(node, parts)
    if (parts.length) out.push(parts.join(''))
  }
  for (const block of root?.children ?? []) collect(block as { children?: unknown[] })
  return out
}
