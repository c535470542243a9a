import { describe, expect, it } from '@jest/globals'
import { analyseGuide, countKeyword, seoInputOf, titlePixelWidth, type SeoInput } from '@/lib/seo/analysis'
import { reduceFieldsToValues } from 'payload/shared'
import type { GuideContentBlock } from '@/lib/seo/guide-text'
import { guideText } from '@/lib/seo/guide-text'
import { richTextFromNodes } from '@/lib/content/lexical'
import { richText } from '@/tests/support/data'

const filler = (words: number) =>
  Array.from({ length: words }, (_, i) => ['servers', 'code', 'teams', 'systems', 'data'][i % 5]).join(' ')

/** A guide that passes every check; each test breaks one thing. */
function goodGuide(): SeoInput {
  const content: GuideContentBlock[] = [
    {
      blockType: 'section',
      heading: 'What is a Back-End Developer?',
      headingLevel: '2',
      content: richText([
        {
          type: 'paragraph',
          text: 'A back-end developer builds the servers, databases and APIs behind every application.',
        },
        // Nine more mentions in about 900 words: a density near 1%.
        {
          type: 'paragraph',
          text: Array.from(
            { length: 9 },
            (_, i) => `${filler(95)} ${i % 2 ? 'back end developer' : 'back-end developers'}`,
          ).join(' '),
        },
        { type: 'list', ordered: false, items: ['Node.js backend development', 'API development'] },
      ]),
    },
    {
      blockType: 'technologyGroup',
      heading: 'Databases',
      headingLevel: '2',
      category: 'relational-database',
      technologies: [1, 2],
    },
    { blockType: 'skillList', heading: 'Soft skills', headingLevel: '2', skills: [3] },
    {
      blockType: 'salary',
      heading: 'Back-End Developer salary',
      headingLevel: '2',
      rows: [{ region: 'India', currency: 'INR', min: 600000, max: 2400000, source: 'Glassdoor', year: 2025 }],
    },
    {
      blockType: 'roadmap',
      heading: 'Roadmap',
      headingLevel: '2',
      steps: [{ title: 'Learn a language', description: 'Start with one back-end developer language.' }],
    },
  ] as GuideContentBlock[]
  return {
    title: 'Back-End Developer: Complete Career Guide (2026)',
    slug: 'back-end-developer-career-guide',
    metaTitle: 'Back-End Developer Career Guide 2026: Skills and Salary',
    metaDescription:
      'Learn how to become a back-end developer in 2026: the skills, programming languages and databases you need, the salary you can expect, and a roadmap.',
    focusKeyword: 'Back-End Developer',
    secondaryKeywords: ['backend development', 'API development'],
    content,
    otherGuides: [{ title: 'Front-End Developer guide', slug: 'front-end', focusKeyword: 'front-end developer' }],
    quickFacts: {
      medianPay: { amount: 133080, currency: 'USD', period: 'year', year: 2025, source: 'US BLS, May 2025' },
      outlook: { growthPercent: 15, fromYear: 2025, toYear: 2035, source: 'US BLS Employment Projections' },
    },
    reviewer: 3,
    lastReviewedAt: '2026-11-20T12:00:00.000Z',
    now: NOW,
  }
}

const NOW = new Date('2026-12-03T12:00:00.000Z')

const check = (input: SeoInput, id: string) => analyseGuide(input).checks.find((c) => c.id === id)!

describe('analyseGuide', () => {
  it('analyses a guide with no content as the admin form holds it (a blocks field with no rows is 0)', () => {
    const input = seoInputOf({ title: 'Back-End Developer', slug: 'back-end-developer', content: 0 })
    expect(input.content).toEqual([])
    expect(analyseGuide(input).checks.find((check) => check.id === 'text-length')).toMatchObject({
      status: 'problem',
      data: { words: 0 },
    })
  })

  it('rates a well-targeted guide good on every check', () => {
    const analysis = analyseGuide(goodGuide())
    expect(analysis.checks.filter((c) => c.status !== 'good')).toEqual([])
    expect(analysis).toMatchObject({ score: 100, status: 'good' })
    expect(analysis.checks.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'title-length',
        'description-length',
        'keyword-in-title',
        'keyword-in-description',
        'keyword-in-slug',
        'keyword-in-first-paragraph',
        'keyword-in-subheading',
        'keyword-in-h1',
        'keyword-density',
        'text-length',
        'internal-links',
        'secondary-keywords',
        'duplicate-keyword',
        'description-promises',
        'figure-sources',
        'last-reviewed',
        'reviewer',
        'title-year',
        'figure-age',
      ]),
    )
  })

  it('measures the SEO title in characters and pixels', () => {
    expect(check({ ...goodGuide(), metaTitle: '' }, 'title-length').status).toBe('problem')
    expect(check({ ...goodGuide(), metaTitle: 'Back-End Developer' }, 'title-length')).toMatchObject({
      status: 'improve',
      data: { characters: 18 },
    })
    const wide = check({ ...goodGuide(), metaTitle: 'WWWWWW MMMMMM WWWWWW MMMMMM Back-End Developer' }, 'title-length')
    expect(wide.status).toBe('improve') // 46 characters, but wider than 580px
    expect(wide.data!.pixels).toBeGreaterThan(580)
    expect(titlePixelWidth('iiii')).toBeLessThan(titlePixelWidth('MMMM'))
  })

  it('wants a meta description of 120-160 characters', () => {
    expect(check({ ...goodGuide(), metaDescription: null }, 'description-length').status).toBe('problem')
    expect(
      check({ ...goodGuide(), metaDescription: 'Too short about back-end developer jobs.' }, 'description-length'),
    ).toMatchObject({ status: 'improve', data: { characters: 40 } })
  })

  it('finds the keyword near the start of the title, and flags it late or missing', () => {
    expect(
      check(
        { ...goodGuide(), metaTitle: 'Skills, Salary and Roadmap for the Modern Back-End Developer' },
        'keyword-in-title',
      ).status,
    ).toBe('improve')
    expect(
      check(
        { ...goodGuide(), metaTitle: 'Server-Side Engineering: The Complete Career Guide 2026' },
        'keyword-in-title',
      ).status,
    ).toBe('problem')
  })

  it('checks the keyword in the slug, first paragraph, a subheading and the H1', () => {
    expect(check({ ...goodGuide(), slug: 'server-side-guide' }, 'keyword-in-slug').status).toBe('problem')
    expect(check({ ...goodGuide(), title: 'Server-Side Engineer Guide' }, 'keyword-in-h1').status).toBe('problem')
    const content = goodGuide().content!.map((b) => ({ ...b, heading: 'Section' }))
    expect(check({ ...goodGuide(), content }, 'keyword-in-subheading').status).toBe('problem')
    const [first, ...rest] = goodGuide().content!
    const reworded = {
      ...first!,
      content: richTextFromNodes([{ type: 'paragraph', text: 'Servers run the world.' }]),
    } as GuideContentBlock
    expect(check({ ...goodGuide(), content: [reworded, ...rest] }, 'keyword-in-first-paragraph').status).toBe('problem')
  })

  it('counts the keyword with its variants: case, hyphens, plural', () => {
    expect(
      countKeyword(
        'Back-end developers, a BACK END DEVELOPER and a backend developer, not a back-end development job.',
        'back-end developer',
      ),
    ).toBe(3)
    expect(countKeyword('C++ and C# developers', 'C++')).toBe(1)
  })

  it('reports density below 0.5% and above 2.5% with the numbers', () => {
    const sparse = check({ ...goodGuide(), focusKeyword: 'roadmap' }, 'keyword-density')
    expect(sparse).toMatchObject({ status: 'improve' })
    expect(sparse.data!.density).toBeLessThan(0.5)
    const stuffed = [
      {
        blockType: 'plainList',
        heading: 'Back-End Developer',
        headingLevel: '2',
        items: Array.from({ length: 40 }, () => ({ text: 'back-end developer tips' })),
      },
    ] as GuideContentBlock[]
    const dense = check({ ...goodGuide(), content: stuffed }, 'keyword-density')
    expect(dense.status).toBe('problem')
    expect(dense.data!.density).toBeGreaterThan(2.5)
  })

  it('wants 900 words and an internal link', () => {
    const short = {
      ...goodGuide(),
      content: [
        {
          blockType: 'plainList',
          heading: 'Back-End Developer tools',
          headingLevel: '2',
          items: [{ text: 'A back-end developer uses tools.' }],
        },
      ] as GuideContentBlock[],
    }
    expect(check(short, 'text-length')).toMatchObject({ status: 'problem', data: { words: 5, min: 900 } })
    expect(check(short, 'internal-links').status).toBe('problem')
  })

  it('names the secondary keywords that are not used', () => {
    expect(
      check({ ...goodGuide(), secondaryKeywords: ['backend development', 'microservices'] }, 'secondary-keywords'),
    ).toMatchObject({ status: 'improve', data: { unused: ['microservices'] } })
  })

  it('flags a focus keyword another guide already targets', () => {
    const rival = {
      title: 'Backend Developer (old)',
      slug: 'backend-developer-old',
      focusKeyword: 'back-end  developer',
    }
    expect(check({ ...goodGuide(), otherGuides: [rival] }, 'duplicate-keyword')).toMatchObject({
      status: 'problem',
      data: { guides: ['backend-developer-old'] },
    })
    // The guide's own record is not a rival.
    expect(
      check(
        { ...goodGuide(), otherGuides: [{ ...rival, slug: 'back-end-developer-career-guide' }] },
        'duplicate-keyword',
      ).status,
    ).toBe('good')
  })

  it('flags sections the meta description promises but the guide lacks', () => {
    const content = goodGuide().content!.filter((b) => b.blockType !== 'salary' && b.blockType !== 'roadmap')
    expect(check({ ...goodGuide(), content }, 'description-promises')).toMatchObject({
      status: 'problem',
      data: { missing: ['salary', 'roadmap'] },
    })
  })

  it('asks for a focus keyword before judging keyword use', () => {
    const analysis = analyseGuide({ ...goodGuide(), focusKeyword: '' })
    expect(analysis.checks.find((c) => c.id === 'focus-keyword')!.status).toBe('problem')
    expect(analysis.checks.some((c) => c.id === 'keyword-density')).toBe(false)
    expect(analysis.status).toBe('problem')
    expect(analysis.score).toBeLessThan(100)
  })
})

describe('the sources of figures', () => {
  const withRows = (rows: object[], quickFacts: SeoInput['quickFacts'] = {}): SeoInput => ({
    ...goodGuide(),
    quickFacts,
    content: goodGuide().content!.map((block) =>
      block.blockType === 'salary' ? ({ ...block, rows } as GuideContentBlock) : block,
    ),
  })

  it('is a problem when a salary row with an amount has no source or no year, naming the row', () => {
    const result = check(
      withRows([
        { region: 'India', currency: 'INR', min: 600000, year: 2025 },
        { region: 'United States', level: 'senior', currency: 'USD', max: 200000, source: 'BLS' },
        { region: 'Germany', currency: 'EUR', source: 'Destatis', year: 2025, max: 80000 },
      ]),
      'figure-sources',
    )
    expect(result).toMatchObject({
      status: 'problem',
      data: { missing: ['Salary row “India” has no source.', 'Salary row “United States, Senior” has no year.'] },
    })
    expect(result.message).toMatch(
      /^Salary row “India” has no source\. Salary row “United States, Senior” has no year\./,
    )
  })

  it('asks the same of median pay, the outlook (both its years) and the number of jobs', () => {
    expect(
      check(
        withRows([], {
          medianPay: { amount: 100000 },
          outlook: { growthPercent: 8, fromYear: 2025, source: 'BLS' },
          jobs: { count: 5000, source: 'BLS', year: 2025 },
        }),
        'figure-sources',
      ).data,
    ).toEqual({ missing: ['Median pay has no source or year.', 'The job outlook has no years (from and to).'] })
  })

  it('leaves out figures not given: a row without amounts, empty quick facts', () => {
    expect(
      analyseGuide(withRows([{ region: 'Nowhere', currency: 'USD' }], { jobs: { source: 'BLS' } })).checks.some(
        (c) => c.id === 'figure-sources',
      ),
    ).toBe(false)
    expect(
      check(withRows([{ region: 'India', currency: 'INR', min: 1, source: 'X', year: 2025 }]), 'figure-sources'),
    ).toMatchObject({ status: 'good', message: 'Every figure names its source and year (1 figure).' })
  })
})

describe('the freshness checks', () => {
  it('warns, without calling it a problem, about each reason the guide needs review', () => {
    const stale = analyseGuide({
      ...goodGuide(),
      title: 'Back-End Developer: Complete Career Guide (2025)',
      reviewer: null,
      lastReviewedAt: '2025-10-01T00:00:00.000Z',
      quickFacts: { ...goodGuide().quickFacts, jobs: { count: 10, year: 2023, source: 'BLS' } },
    })
    const byId = Object.fromEntries(stale.checks.map((c) => [c.id, c]))
    expect(byId['last-reviewed']).toMatchObject({ status: 'improve', data: { reason: 'review-overdue' } })
    expect(byId['reviewer']).toMatchObject({ status: 'improve', message: 'No reviewer: pick who checks the facts.' })
    expect(byId['title-year']).toMatchObject({ status: 'improve', message: expect.stringContaining('names 2025') })
    expect(byId['figure-age']).toMatchObject({
      status: 'improve',
      message: 'The number of jobs (2023) is older than 2025: look for newer figures.',
    })
    expect(stale.status).toBe('improve')
  })

  it('reads the review fields from a guide document', () => {
    const input = seoInputOf({
      title: 'Guide (2026)',
      slug: 'guide',
      reviewer: { id: 2 },
      lastReviewedAt: '2026-06-01T00:00:00.000Z',
      publishedAt: '2026-01-01T00:00:00.000Z',
      quickFacts: { jobs: { count: 3, year: 2019 } },
    })
    expect(input).toMatchObject({ reviewer: { id: 2 }, lastReviewedAt: '2026-06-01T00:00:00.000Z' })
    const result = analyseGuide({ ...input, now: NOW })
    expect(result.checks.find((c) => c.id === 'last-reviewed')!.status).toBe('good')
    expect(result.checks.find((c) => c.id === 'figure-age')!.status).toBe('improve')
    expect(result.checks.find((c) => c.id === 'figure-sources')!.message).toBe(
      'The number of jobs has no source. Name who published each figure and the year it is for, e.g. “US BLS, May 2025”.',
    )
  })
})

describe('guideText', () => {
  it('reads headings, prose and internal links from blocks and rich text', () => {
    const text = guideText([
      {
        blockType: 'section',
        heading: 'Intro',
        headingLevel: '2',
        content: {
          root: {
            type: 'root',
            children: [
              { type: 'heading', tag: 'h3', children: [{ type: 'text', text: 'Inside' }] },
              {
                type: 'paragraph',
                children: [
                  { type: 'text', text: 'See ' },
                  { type: 'link', fields: { linkType: 'internal' }, children: [{ type: 'text', text: 'the guide' }] },
                ],
              },
            ],
          },
        },
      } as unknown as GuideContentBlock,
      {
        blockType: 'careerPaths',
        heading: 'Next',
        headingLevel: '2',
        intro: 'One.\n\nTwo.',
        items: [{ title: 'Lead', guide: 4 }, { title: 'Architect' }],
      } as GuideContentBlock,
    ])
    expect(text.headings).toEqual([
      { level: 2, text: 'Intro' },
      { level: 3, text: 'Inside' },
      { level: 2, text: 'Next' },
    ])
    expect(text.paragraphs).toEqual(['See the guide', 'One.', 'Two.', 'Lead', 'Architect'])
    expect(text.internalLinks).toBe(2)
  })
})

describe('the analysis of the admin form as Payload holds it', () => {
  // Payload's form state keeps an array or blocks field without rows as its row count, 0, and it
  // is not marked disableFormData then, so reduceFieldsToValues hands the analysis `content: 0`.
  const formValues = (fields: Record<string, { value: unknown; disableFormData?: boolean }>) =>
    reduceFieldsToValues(fields, true) as Parameters<typeof seoInputOf>[0]

  it('analyses a new guide with no blocks (Create New)', () => {
    const values = formValues({
      title: { value: '' },
      slug: { value: '' },
      content: { value: 0 },
      'meta.secondaryKeywords': { value: 0 },
    })
    expect(values.content).toBe(0)
    const analysis = analyseGuide(seoInputOf(values))
    expect(analysis.checks.find((check) => check.id === 'focus-keyword')?.status).toBe('problem')
  })

  it('analyses blocks that were just added and have no rows or fields yet', () => {
    const values = formValues({
      title: { value: 'DevOps Engineer: Career Guide' },
      content: { value: 4, disableFormData: true },
      'content.0.blockType': { value: 'responsibilities' },
      'content.0.items': { value: 0 },
      'content.1.blockType': { value: 'section' },
      'content.1.content': { value: { root: { type: 'root', children: [] } } },
      'content.2.blockType': { value: 'roadmap' },
      'content.2.steps': { value: 0 },
      'content.3.blockType': { value: 'faq' },
      'meta.focusKeyword': { value: 'devops engineer' },
    })
    const analysis = analyseGuide(seoInputOf(values))
    expect(analysis.checks.find((check) => check.id === 'text-length')?.data).toMatchObject({ words: 0 })
  })
})

describe('the analysis counts in words', () => {
  it('says "1 time" and "1 other page", not "1 times" and "1 pages"', () => {
    const once = analyseGuide({
      title: 'Back-End Developer guide',
      slug: 'back-end-developer',
      focusKeyword: 'back-end developer',
      content: [
        {
          blockType: 'section',
          heading: 'Intro',
          headingLevel: '2',
          content: richTextFromNodes([
            { type: 'paragraph', text: 'A back-end developer writes code for servers and more.' },
          ]),
        },
        {
          blockType: 'technologyGroup',
          heading: 'Languages',
          headingLevel: '2',
          category: 'programming-language',
          technologies: [{ id: 1, name: 'Go' }],
        },
      ] as GuideContentBlock[],
    })
    const message = (id: string) => once.checks.find((c) => c.id === id)!.message
    expect(message('keyword-density')).toMatch(/appears 1 time in \d+ words/)
    expect(message('internal-links')).toBe('The guide links to 1 other page of the site.')
  })
})
