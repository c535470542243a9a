import { describe, expect, it } from '@jest/globals'
import { plainTextOf, richTextFromNodes } from '@/lib/content/lexical'

describe('richTextFromNodes', () => {
  it('builds paragraphs and lists that read back as the same text', () => {
    const state = richTextFromNodes([
      { type: 'paragraph', text: 'First paragraph.' },
      { type: 'list', ordered: true, items: ['One', 'Two'] },
    ])
    const root = state.root as unknown as { children: { type: string; tag?: string }[] }
    expect(root.children.map((child) => child.type)).toEqual(['paragraph', 'list'])
    expect(root.children[1]!.tag).toBe('ol')
    expect(plainTextOf(state)).toEqual(['First paragraph.', 'One', 'Two'])
  })

  it('reads nothing from empty or malformed values', () => {
    expect(plainTextOf(null)).toEqual([])
    expect(plainTextOf({ root: {} })).toEqual([])
  })
})

describe('richTextFromNodes with no nodes', () => {
  it('gives an editor state Lexical loads (an empty root is its error #38 in the admin)', async () => {
    const { createHeadlessEditor } = await import('@lexical/headless')
    const editor = createHeadlessEditor({
      nodes: [],
      onError: (error) => {
        throw error
      },
    })
    const state = richTextFromNodes([])
    expect(() => editor.setEditorState(editor.parseEditorState(state))).not.toThrow()
    expect(plainTextOf(state)).toEqual([])
  })
})
