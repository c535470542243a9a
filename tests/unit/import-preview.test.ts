import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { applyOverrides } from '@/lib/import/overrides'
import { ImportError, parseGuideText } from '@/lib/import/parse-guide'
import { previewOf } from '@/lib/import/preview'
import { technologyDictionary, TechnologyMatcher, type TechnologyDictionary } from '@/lib/import/technology-names'

let dictionary: TechnologyDictionary
beforeAll(async () => {
  dictionary = await technologyDictionary()
})

describe('the technology dictionary', () => {
  it('holds simple-icons’ names with their aliases, and the supplement', () => {
    expect(dictionary.size).toBeGreaterThan(3000)
    expect(dictionary.lookup('Express.js')?.name).toBe('Express')
    expect(dictionary.lookup('Cassandra')?.name).toBe('Apache Cassandra')
    expect(dictionary.lookup('postgres')?.name).toBe('PostgreSQL')
    expect(dictionary.lookup('AWS')?.name).toBe('Amazon Web Services')
    expect(dictionary.lookup('High demand across every industry')).toBeUndefined()
  })
})

describe('TechnologyMatcher', () => {
  it('finds the site’s technology under any name the dictionary gives it, and says what nothing knows', () => {
    const matcher = new TechnologyMatcher(dictionary, [
      { id: 1, name: 'PostgreSQL' },
      { id: 2, name: 'Amazon Web Services', abbreviation: 'AWS' },
    ])
    expect(matcher.match({ name: 'Postgres' })).toMatchObject({ id: 1, name: 'PostgreSQL', known: true, renamed: true })
    expect(matcher.match({ name: 'aws' })).toMatchObject({ id: 2, known: true })
    expect(matcher.match({ name: 'Docker' })).toEqual({
      written: 'Docker',
      name: 'Docker',
      known: true,
      renamed: false,
    })
    expect(matcher.match({ name: 'Zebralang' })).toEqual({
      written: 'Zebralang',
      name: 'Zebralang',
      known: false,
      renamed: false,
    })
  })
})

const document = fs.readFileSync('tests/fixtures/writers/devops-engineer.txt', 'utf8').replace('- Bash', '- Zebralang')

describe('previewOf', () => {
  it('says in editors’ words what each section becomes, how many technologies are known and which are new', () => {
    const preview = previewOf(parseGuideText(document), { technologies: new TechnologyMatcher(dictionary, []) })
    expect(preview.sections.map((section) => section.summary)).toEqual([
      'Text · 1 paragraph or list',
      'List · 3 items',
      'Responsibilities · 2 items',
      'Text · heading only',
      'Technology group · Programming languages · 2 known, 1 new: Zebralang',
      'Technology group · Container and DevOps tools · 3 known',
      'Technology group · Cloud platforms · 3 known',
      'List · 2 items',
      'Text · 2 paragraphs or lists',
      'FAQ · 2 questions',
    ])
    expect(preview.sections[1]).toMatchObject({ lines: { from: 9, to: 13 }, choice: 'list' })
    expect(preview.sections[9]!.choice).toBeNull()
    expect(preview.seo.map((field) => field.value)).toEqual([
      'DevOps Engineer Career Guide 2026: Skills, Tools and Salary',
      'What a DevOps engineer does, the tools to learn, what the job pays and how to get hired in 2026.',
      'DevOps Engineer',
      'DevOps, Site Reliability Engineer, Platform Engineer',
    ])
  })
})

it('lists the quick facts the document’s section was read as, with their sources', () => {
  const quickFacts = parseGuideText(
    fs.readFileSync('tests/fixtures/documents/front-end-developer-career-guide.txt', 'utf8'),
  )
  const preview = previewOf(quickFacts, { technologies: new TechnologyMatcher(dictionary, []) })
  expect(preview.seo.filter((field) => field.label.startsWith('Quick facts'))).toEqual([
    { label: 'Quick facts · Median pay', value: '£42,000 per year (ONS, 2025)' },
    { label: 'Quick facts · Typical entry-level education', value: 'Degree or bootcamp; a portfolio matters most' },
    { label: 'Quick facts · Work experience needed', value: 'None for junior roles' },
    { label: 'Quick facts · Job outlook, 2024–34', value: '+8% growth in jobs (US BLS)' },
  ])
})

describe('applyOverrides', () => {
  const parsed = parseGuideText(document)

  it('turns a list into technologies, skills or text, and says the editor chose it', () => {
    const result = applyOverrides(parsed, [
      { section: 7, kind: 'text' },
      { section: 4, kind: 'list' },
    ])
    expect(result.guide.blocks[7]).toMatchObject({
      blockType: 'section',
      content: [
        { type: 'list', items: ['Writes runbooks before they are needed', 'Automates the second time, not the tenth'] },
      ],
    })
    expect(result.guide.blocks[4]).toMatchObject({ blockType: 'plainList', items: ['Python', 'Go', 'Zebralang'] })
    expect(result.origins[4]!.why).toBe('chosen in the import form: list')
    const back = applyOverrides(result, [{ section: 4, kind: 'technologies', category: 'framework' }])
    expect(back.guide.blocks[4]).toMatchObject({
      blockType: 'technologyGroup',
      category: 'framework',
      technologies: [{ name: 'Python' }, { name: 'Go' }, { name: 'Zebralang' }],
    })
  })

  it('never makes technologies of sentences, nor changes a section that is not a list', () => {
    expect(() => applyOverrides(parsed, [{ section: 1, kind: 'technologies', category: 'devops-tool' }])).toThrow(
      new ImportError(
        'Section 2 “Why Choose a Career as a DevOps Engineer?” cannot list technologies: “High demand across every industry.” reads as a sentence, not a name. Keep it as a list, or edit the document.',
      ),
    )
    expect(() => applyOverrides(parsed, [{ section: 9, kind: 'list' }])).toThrow(
      /“Frequently Asked Questions” is not a list/,
    )
  })
})
