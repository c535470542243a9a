import { describe, expect, it } from '@jest/globals'
import { relatedCareers } from '@/lib/data/related-careers'
import { readingMinutes, tableOfContents, WORDS_PER_MINUTE } from '@/lib/content/reading'
import type { GuideContentBlock } from '@/lib/seo/guide-text'

describe('readingMinutes', () => {
  it('counts the words readers read, at least one minute', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')
    const blocks = [
      { blockType: 'plainList', heading: 'H', headingLevel: '2', items: [{ text: words(WORDS_PER_MINUTE * 5) }] },
    ] as GuideContentBlock[]
    expect(readingMinutes(blocks)).toBe(5)
    expect(readingMinutes([])).toBe(1)
  })
})

describe('tableOfContents', () => {
  it('lists sections and sub-sections with their anchors, leaving out deeper headings', () => {
    const blocks = [
      { heading: 'Skills', headingLevel: '2' },
      { heading: 'Databases', headingLevel: '3' },
      { heading: 'Detail', headingLevel: '4' },
    ]
    expect(tableOfContents(blocks, ['skills', 'databases', 'detail'])).toEqual([
      { id: 'skills', text: 'Skills', children: [{ id: 'databases', text: 'Databases', children: [] }] },
    ])
  })

  it('nests each sub-section in the section before it, so sections number 1…n', () => {
    const blocks = [
      { heading: 'Lead', headingLevel: '3' },
      { heading: 'What is it?', headingLevel: '2' },
      { heading: 'Skills', headingLevel: '2' },
      { heading: 'Languages', headingLevel: '3' },
      { heading: 'Databases', headingLevel: '3' },
      { heading: 'Salary', headingLevel: '2' },
    ]
    const toc = tableOfContents(blocks, ['lead', 'what', 'skills', 'languages', 'databases', 'salary'])
    expect(toc.map((entry) => entry.id)).toEqual(['lead', 'what', 'skills', 'salary'])
    expect(toc[2]!.children.map((entry) => entry.id)).toEqual(['languages', 'databases'])
    expect(toc[3]!.children).toEqual([])
  })
})

describe('relatedCareers', () => {
  const g = (id: number) => ({ id, title: `Guide ${id}`, slug: `guide-${id}` })
  it('puts career paths with guides first, then guides sharing technologies, without repeats or itself', () => {
    expect(relatedCareers([g(2), g(3)], [g(3), g(1), g(4), g(5), g(6)], 1).map((x) => x.id)).toEqual([2, 3, 4, 5])
  })
})
