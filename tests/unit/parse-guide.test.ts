import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ImportError, parseGuideText, parseTechnologyName } from '@/lib/import/parse-guide'
import type { ParsedBlock } from '@/lib/import/schema'

const sample = fs.readFileSync(path.resolve('content/samples/back-end-developer-career-guide.txt'), 'utf8')

function block<T extends ParsedBlock['blockType']>(blocks: ParsedBlock[], heading: string, type: T) {
  const found = blocks.find((b) => b.heading === heading)
  expect(found?.blockType).toBe(type)
  return found as Extract<ParsedBlock, { blockType: T }>
}

describe('parseGuideText on the sample guide', () => {
  const { guide, warnings, skipped } = parseGuideText(sample)

  it('reads every header field, the value on the next line included', () => {
    expect(guide.meta.title).toBe('Back-End Developer Career Guide 2026 | Skills, Salary & Roadmap')
    expect(guide.meta.description).toMatch(
      /^Learn how to become a Back-End Developer in 2026\..*future opportunities\.$/,
    )
    expect(guide.slug).toBe('back-end-developer-career-guide')
    expect(guide.meta.focusKeyword).toBe('Back-End Developer')
    expect(guide.meta.secondaryKeywords).toHaveLength(9)
    expect(guide.meta.secondaryKeywords[0]).toBe('Backend Developer')
    expect(guide.meta.secondaryKeywords.at(-1)).toBe('Software Engineer')
  })

  it('takes the title and the role from the first article line', () => {
    expect(guide.title).toBe('Back-End Developer: Complete Career Guide (2026)')
    expect(guide.role).toBe('Back-End Developer')
    expect(guide.excerpt).toMatch(/^A Back-End Developer is a software professional/)
  })

  it('keeps every section in order, with sub-sections one level down', () => {
    expect(guide.blocks.map((b) => `${b.headingLevel} ${b.heading}`)).toEqual([
      '2 What is a Back-End Developer?',
      '2 Why Choose a Career as a Back-End Developer?',
      '2 Roles and Responsibilities of a Back-End Developer',
      '2 Essential Technical Skills',
      '3 Programming Languages',
      '3 Databases',
      '4 Relational Databases',
      '4 NoSQL Databases',
      '3 APIs',
      '3 Cloud Computing',
      '3 Version Control',
      '3 Containers and DevOps Basics',
      '2 Educational Qualifications',
      '2 Soft Skills',
      '2 Popular Back-End Frameworks',
      '2 Industries Hiring Back-End Developers',
      '2 Career Opportunities',
      '2 Why Become a Back-End Developer?',
    ])
  })

  it('groups technologies by category with every item', () => {
    const groups = guide.blocks.filter((b) => b.blockType === 'technologyGroup')
    expect(groups.map((g) => [g.category, g.technologies.length])).toEqual([
      ['programming-language', 7],
      ['relational-database', 4],
      ['nosql-database', 4],
      ['api-concept', 7],
      ['cloud-platform', 3],
      ['version-control', 4],
      ['devops-tool', 3],
      ['framework', 7],
    ])
    const cloud = block(guide.blocks, 'Cloud Computing', 'technologyGroup')
    expect(cloud.technologies[0]).toEqual({ name: 'Amazon Web Services', abbreviation: 'AWS' })
    expect(block(guide.blocks, 'Programming Languages', 'technologyGroup').technologies[0]).toEqual({
      name: 'JavaScript (Node.js)',
    })
    expect(block(guide.blocks, 'NoSQL Databases', 'technologyGroup').outro).toEqual([
      'Developers should understand database design, normalization, indexing, query optimization, and backup strategies.',
    ])
  })

  it('turns responsibilities sub-headings into items', () => {
    const responsibilities = block(
      guide.blocks,
      'Roles and Responsibilities of a Back-End Developer',
      'responsibilities',
    )
    expect(responsibilities.items).toHaveLength(7)
    expect(responsibilities.items[0]).toEqual({
      title: 'Server-Side Development',
      description: 'Develop business logic that processes user requests and communicates with databases.',
    })
  })

  it('reads soft skills, lists and career paths with their surrounding paragraphs', () => {
    const soft = block(guide.blocks, 'Soft Skills', 'skillList')
    expect(soft.skills).toHaveLength(8)
    expect(soft.skills.every((s) => s.kind === 'soft')).toBe(true)
    expect(block(guide.blocks, 'Industries Hiring Back-End Developers', 'plainList').items).toHaveLength(12)
    const careers = block(guide.blocks, 'Career Opportunities', 'careerPaths')
    expect(careers.items).toHaveLength(11)
    expect(careers.outro[0]).toMatch(/^With experience/)
    const why = block(guide.blocks, 'Why Choose a Career as a Back-End Developer?', 'plainList')
    expect(why.intro).toHaveLength(2)
    expect(why.items).toHaveLength(7)
    expect(block(guide.blocks, 'Educational Qualifications', 'plainList').outro).toHaveLength(2)
  })

  it('drops only the comment form boilerplate, and says so', () => {
    expect(skipped).toEqual([{ line: 159, message: 'boilerplate "Leave a Reply"' }])
    expect(warnings).toEqual([])
  })
})

describe('parseGuideText on other inputs', () => {
  it('accepts Windows line endings, a byte-order mark and non-breaking spaces', () => {
    const text = '\uFEFF' + sample.replace(/\n/g, '\r\n').replace('Focus Keyword: ', 'Focus Keyword:\u00A0')
    const { guide } = parseGuideText(text)
    expect(guide.meta.focusKeyword).toBe('Back-End Developer')
    expect(guide.blocks).toHaveLength(18)
  })

  it.each([
    ['', /empty/],
    ['   \n\n  ', /empty/],
    ['abc\u0000def', /binary/],
    ['x'.repeat(1024 * 1024 + 1), /larger than 1 MB/],
    ['SEO Title: Only a header', /no title/],
    ['SEO Title: x\nJust a title', /no sections/],
  ])('rejects %p with a clear message', (input, message) => {
    expect(() => parseGuideText(input)).toThrow(ImportError)
    expect(() => parseGuideText(input)).toThrow(message)
  })

  it('keeps unknown header lines as warnings', () => {
    const { warnings } = parseGuideText('SEO Title: A\nCategory: Tech\nTitle here\nWhat it is\nA paragraph.')
    expect(warnings).toEqual([{ line: 2, message: 'Unknown header "category" is not imported' }])
  })

  it('reads the header’s authors, one name each, and none when there is no such line', () => {
    const body = '\nTitle here\nWhat it is\nA paragraph.'
    expect(parseGuideText(`SEO Title: A\nAuthor: Jane Doe${body}`)).toMatchObject({
      guide: { authors: ['Jane Doe'] },
      warnings: [],
    })
    expect(parseGuideText(`Written by: Jane Doe, Ben Li and Asha Rao${body}`).guide.authors).toEqual([
      'Jane Doe',
      'Ben Li',
      'Asha Rao',
    ])
    expect(parseGuideText(`SEO Title: A${body}`).guide).not.toHaveProperty('authors')
  })

  it('reads front matter’s title as the SEO title, the # line staying the guide’s title', () => {
    const result = parseGuideText(
      '---\ntitle: "DevOps Engineer Career Guide | Pay"\n---\n# DevOps Engineer: Career Guide\n## What it is\nA paragraph.',
    )
    expect(result.guide.title).toBe('DevOps Engineer: Career Guide')
    expect(result.guide.meta.title).toBe('DevOps Engineer Career Guide | Pay')
    expect(result.warnings).toEqual([])
  })

  it('reads the header’s reviewer, and says what after the name it leaves for an editor', () => {
    const body = '\nTitle here\nWhat it is\nA paragraph.'
    expect(parseGuideText(`Author: Jane Doe\nReviewed by: Ana Li${body}`)).toMatchObject({
      guide: { authors: ['Jane Doe'], reviewer: 'Ana Li' },
      warnings: [],
    })
    const credentialed = parseGuideText(`SEO Title: A\nFact-checked by: Ana Li, PhD${body}`)
    expect(credentialed.guide.reviewer).toBe('Ana Li')
    expect(credentialed.warnings).toEqual([
      { line: 2, message: 'Reviewer "Ana Li" linked; "PhD" is not imported: add credentials on the profile' },
    ])
    expect(parseGuideText(`SEO Title: A${body}`).guide).not.toHaveProperty('reviewer')
  })
})

describe('parseTechnologyName', () => {
  it.each([
    ['Amazon Web Services (AWS)', { name: 'Amazon Web Services', abbreviation: 'AWS' }],
    ['Google Cloud Platform (GCP)', { name: 'Google Cloud Platform', abbreviation: 'GCP' }],
    ['JavaScript (Node.js)', { name: 'JavaScript (Node.js)' }],
    ['Docker.', { name: 'Docker' }],
  ])('%s', (input, expected) => {
    expect(parseTechnologyName(input)).toEqual(expected)
  })
})
