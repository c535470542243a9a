import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseGuideText, readsAsSentence, withoutRole } from '@/lib/import/parse-guide'
import type { ParsedBlock } from '@/lib/import/schema'
import { expectEveryLineAccounted } from './every-line'

/**
 * Documents written for these tests, not taken from the sample the importer was first built on: role
 * names that contain category words (DevOps, Cloud, API, Data), benefit lists with •, lists without
 * headings, headings without lists, FAQs with numbered questions, salaries as prose.
 */
const read = (name: string) => fs.readFileSync(`tests/fixtures/writers/${name}`, 'utf8')
const outline = (blocks: ParsedBlock[]) =>
  blocks.map((block) => `${block.headingLevel} ${block.blockType} ${block.heading}`)
const technologiesOf = (blocks: ParsedBlock[]) =>
  blocks.flatMap((block) =>
    block.blockType === 'technologyGroup' ? block.technologies.map((t) => `${block.category}: ${t.name}`) : [],
  )
const skillsOf = (blocks: ParsedBlock[]) =>
  blocks.flatMap((block) => (block.blockType === 'skillList' ? block.skills.map((s) => s.name) : []))

describe('a DevOps Engineer document', () => {
  const source = read('devops-engineer.txt')
  const result = parseGuideText(source)
  const { guide } = result

  it('reads sections by what they say, not by the role’s name', () => {
    expect(guide.role).toBe('DevOps Engineer')
    expect(outline(guide.blocks)).toEqual([
      '2 section What is a DevOps Engineer?',
      '2 plainList Why Choose a Career as a DevOps Engineer?',
      '2 responsibilities DevOps Engineer Responsibilities',
      '2 section Essential Technical Skills',
      '3 technologyGroup Programming Languages',
      '3 technologyGroup Containers and Orchestration',
      '3 technologyGroup Cloud Platforms',
      '2 plainList Habits of a Good DevOps Engineer',
      '2 section How Much Does a DevOps Engineer Earn?',
      '2 faq Frequently Asked Questions',
    ])
  })

  it('invents no technology: only the lists in the technical skills part are technologies', () => {
    expect(technologiesOf(guide.blocks)).toEqual([
      'programming-language: Python',
      'programming-language: Go',
      'programming-language: Bash',
      'devops-tool: Docker',
      'devops-tool: Kubernetes',
      'devops-tool: Helm',
      'cloud-platform: AWS',
      'cloud-platform: Microsoft Azure',
      'cloud-platform: Google Cloud',
    ])
    const why = guide.blocks[1] as Extract<ParsedBlock, { blockType: 'plainList' }>
    expect(why.items).toEqual([
      'High demand across every industry.',
      'Salaries above most software roles.',
      'You see your work in production every day.',
    ])
    expect(result.origins[1]!.why).toMatch(/role’s name “DevOps Engineer” names no technology category/)
  })

  it('keeps the salary prose as text and reads numbered FAQ questions with their answers', () => {
    const salary = guide.blocks[8] as Extract<ParsedBlock, { blockType: 'section' }>
    expect(salary.content).toHaveLength(2)
    const faq = guide.blocks[9] as Extract<ParsedBlock, { blockType: 'faq' }>
    expect(faq.items).toEqual([
      { question: 'Is DevOps hard to learn?', answer: 'It takes a year or two of steady practice.' },
      { question: 'Do I need a degree?', answer: 'No; many DevOps engineers come from system administration.' },
    ])
  })

  it('says which lines each section holds, and accounts for every line', () => {
    expect(result.origins.map(({ from, to }) => [from, to])).toEqual([
      [7, 8],
      [9, 13],
      [14, 18],
      [19, 19],
      [20, 23],
      [24, 27],
      [28, 31],
      [32, 34],
      [35, 37],
      [38, 42],
    ])
    expect(result.skipped).toEqual([{ line: 43, message: 'boilerplate "Leave a Reply"' }])
    expectEveryLineAccounted(source, result)
  })
})

describe('a Cloud Engineer document in Markdown', () => {
  const source = read('cloud-engineer.md')
  const result = parseGuideText(source)
  const { guide } = result

  it('keeps a list without a heading, a heading without text and a list of clauses as they are', () => {
    expect(outline(guide.blocks)).toEqual([
      '2 plainList Introduction',
      '2 plainList What is a Cloud Engineer?',
      '2 section Getting Started',
      '2 technologyGroup Cloud Platforms',
      '2 plainList Top Cloud Engineer Certifications',
      '2 section Cloud Engineer Salary',
      '2 faq FAQ',
    ])
    expect(result.warnings.map((warning) => warning.message)).toContain(
      'Heading "Getting Started" has no text under it; it is kept as an empty section',
    )
  })

  it('takes only the cloud platforms as technologies', () => {
    expect(technologiesOf(guide.blocks)).toEqual([
      'cloud-platform: Amazon Web Services',
      'cloud-platform: Microsoft Azure',
      'cloud-platform: Google Cloud Platform',
    ])
  })

  it('reads numbered ### questions without their numbers', () => {
    const faq = guide.blocks.at(-1) as Extract<ParsedBlock, { blockType: 'faq' }>
    expect(faq.items.map((item) => item.question)).toEqual([
      'Is cloud engineering a good career?',
      'Which cloud should I learn first?',
    ])
  })

  it('accounts for every line', () => {
    expectEveryLineAccounted(source, result)
  })
})

describe('an API Developer document with • lists', () => {
  const source = read('api-developer.txt')
  const result = parseGuideText(source)
  const { guide } = result

  it('takes API styles and frameworks as technologies, the benefits and the role’s headings not', () => {
    expect(outline(guide.blocks)).toEqual([
      '2 plainList Why Become an API Developer?',
      '2 technologyGroup API Styles',
      '2 technologyGroup Frameworks',
      '2 section What an API Developer Needs to Know',
      '2 plainList Soft Skills',
      '2 section API Developer Salary',
    ])
    expect(technologiesOf(guide.blocks)).toEqual([
      'api-concept: REST',
      'api-concept: GraphQL',
      'api-concept: gRPC',
      'framework: Express.js',
      'framework: FastAPI',
      'framework: Spring Boot',
    ])
  })

  it('makes no skill of a sentence: a soft skills list with one stays a list', () => {
    expect(skillsOf(guide.blocks)).toEqual([])
    expect(result.origins[4]!.why).toMatch(/"Writing clear documentation for other developers\." reads as a sentence/)
  })

  it('accounts for every line', () => {
    expectEveryLineAccounted(source, result)
  })
})

describe('a Data Engineer document', () => {
  const source = read('data-engineer.txt')
  const result = parseGuideText(source)
  const { guide } = result

  it('groups technologies under the technical skills part and leaves other lists alone', () => {
    expect(outline(guide.blocks)).toEqual([
      '2 responsibilities What Does a Data Engineer Do?',
      '2 plainList Why Data Engineering?',
      '2 section Technical Skills for Data Engineering',
      '3 technologyGroup Languages',
      '3 technologyGroup Relational Databases',
      '3 technologyGroup NoSQL Databases',
      '2 plainList Data Engineering Tools',
      '2 salary Salary',
      '2 faq Frequently Asked Questions',
    ])
    expect(technologiesOf(guide.blocks)).toEqual([
      'programming-language: Python',
      'programming-language: SQL',
      'programming-language: Scala',
      'relational-database: Postgres',
      'relational-database: MySQL',
      'nosql-database: MongoDB',
      'nosql-database: Cassandra',
    ])
  })

  it('accounts for every line', () => {
    expectEveryLineAccounted(source, result)
  })
})

describe('the role’s name in a heading', () => {
  it('decides nothing, even when the list under it is of short names', () => {
    const { guide } = parseGuideText(
      'Focus Keyword: DevOps Engineer\nDevOps Engineer: Career Guide\nWhy Choose a Career as a DevOps Engineer?\n- Good pay\n- Remote work\nWhat is a Cloud Engineer?\n- Networks\n- Storage\n',
    )
    expect(outline(guide.blocks)).toEqual([
      '2 plainList Why Choose a Career as a DevOps Engineer?',
      '2 technologyGroup What is a Cloud Engineer?',
    ])
  })

  it('is replaced in its plural and joined spellings', () => {
    expect(withoutRole('Industries Hiring Back-End Developers', 'Back-End Developer')).toBe(
      'Industries Hiring the role',
    )
    expect(withoutRole('Why Become a backend developer?', 'Back-End Developer')).toBe('Why Become a the role?')
    expect(withoutRole('Why Data Engineering?', 'Data Engineer')).toBe('Why the role?')
    expect(withoutRole('DevOps Tools for DevOps Engineers', 'DevOps Engineer')).toBe('DevOps Tools for the role')
  })
})

describe('career paths', () => {
  it('are read under “Related Careers” and “Similar Roles” too', () => {
    const { guide } = parseGuideText(
      'ML Engineer: Guide\nRelated Careers\n- Data Scientist\n- Data Engineer\nSimilar Roles\n- MLOps Engineer\n',
    )
    expect(outline(guide.blocks)).toEqual(['2 careerPaths Related Careers', '2 careerPaths Similar Roles'])
  })
})

describe('readsAsSentence', () => {
  it.each([
    'High demand across every industry.',
    'Salaries above most software roles.',
    'Every app needs APIs',
    'Remote work is common',
    'Docker: for containers',
    'Python – for scripting',
    'Someone who builds and runs systems',
    'Really?',
  ])('%s is a sentence', (item) => expect(readsAsSentence(item)).toBe(true))
  it.each([
    'PostgreSQL',
    'Amazon Web Services (AWS)',
    'Google Cloud Platform (GCP)',
    'JavaScript (Node.js)',
    'Ruby on Rails',
    'Microsoft SQL Server',
    'Docker.',
    'Attention to detail',
    'C#',
  ])('%s is a name', (item) => expect(readsAsSentence(item)).toBe(false))
})
