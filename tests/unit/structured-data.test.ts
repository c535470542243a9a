import { describe, expect, it } from '@jest/globals'
import type { Guide, Person } from '@/payload-types'
import {
  guideStructuredData,
  homeStructuredData,
  profileStructuredData,
  salaryDistribution,
  salaryLocation,
  serializeJsonLd,
} from '@/lib/seo/structured-data'
import { schemaTypeErrors } from './schema-typing'

const context = {
  siteUrl: 'https://careerpath.example',
  siteName: 'Careerpath',
  image: 'https://careerpath.example/guides/data-analyst/opengraph-image',
}

const guide = {
  id: 1,
  title: 'Data Analyst: Complete Career Guide (2026)',
  role: 'Data Analyst',
  slug: 'data-analyst',
  excerpt: 'A data analyst turns data into answers.',
  publishedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  meta: {
    title: 'Data Analyst Guide',
    description: 'Become a data analyst.',
    focusKeyword: 'Data Analyst',
    secondaryKeywords: ['SQL Analyst'],
  },
  content: [
    {
      blockType: 'technologyGroup',
      heading: 'Tools',
      headingLevel: '2',
      category: 'other',
      technologies: [{ id: 1, name: 'SQL', slug: 'sql', category: 'other', updatedAt: '', createdAt: '' }, 7],
    },
    {
      blockType: 'skillList',
      heading: 'Soft Skills',
      headingLevel: '2',
      skills: [{ id: 2, name: 'Curiosity', slug: 'curiosity', kind: 'soft', updatedAt: '', createdAt: '' }],
    },
    {
      blockType: 'plainList',
      heading: 'Educational Qualifications',
      headingLevel: '2',
      items: [{ text: 'Statistics' }, { text: 'Computer Science' }],
    },
    {
      blockType: 'salary',
      heading: 'Salary',
      headingLevel: '2',
      rows: [
        { region: 'United States', currency: 'USD', min: 65000, max: 110000, period: 'year' },
        { region: 'India', currency: 'INR', min: 600000, max: 2000000, period: 'year' },
        { region: 'Europe', currency: 'EUR', min: 45000, max: 70000, period: 'year' },
        { region: 'USA', currency: 'USD', min: 30, max: 60, period: 'hour' },
        { region: 'Freelance', currency: 'USD', min: null, max: null },
      ],
    },
    {
      blockType: 'faq',
      heading: 'FAQ',
      headingLevel: '2',
      items: [{ question: 'Is it hard?', answer: 'It takes practice.' }],
    },
  ],
} as unknown as Guide

const profile = (fields: Partial<Person> & Pick<Person, 'id' | 'name' | 'slug'>): Person => ({
  updatedAt: '2026-02-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})
const asha = profile({ id: 11, name: 'Asha Rao', slug: 'asha-rao', jobTitle: 'Data Lead' })
const ben = profile({ id: 12, name: 'Ben Li', slug: 'ben-li' })
const reviewer = profile({
  id: 13,
  name: 'Dr. Kim Osei',
  slug: 'kim-osei',
  credentials: 'PhD, AWS Certified Solutions Architect',
})
const reviewed: Guide = { ...guide, authors: [asha], reviewer, lastReviewedAt: '2026-03-05T12:00:00.000Z' }

type Node = Record<string, unknown>
const nodesOf = (graph: unknown) => (graph as { '@graph': Node[] })['@graph']
const withoutSalaries = { ...guide, content: guide.content!.filter((block) => block.blockType !== 'salary') }
const pages = {
  'a guide with salaries': guide,
  'a guide without salaries': withoutSalaries,
  'a reviewed guide with an author profile': reviewed,
}

describe('guideStructuredData', () => {
  const graph = guideStructuredData(guide, context)
  const node = (type: string) => nodesOf(graph).find((n) => n['@type'] === type)!

  it('describes the article with its dates, keywords, image and publisher with a logo', () => {
    expect(node('Article')).toMatchObject({
      headline: guide.title,
      description: 'Become a data analyst.',
      url: 'https://careerpath.example/guides/data-analyst',
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
      keywords: 'Data Analyst, SQL Analyst',
      image: 'https://careerpath.example/guides/data-analyst/opengraph-image',
      publisher: {
        '@type': 'Organization',
        name: 'Careerpath',
        logo: { '@type': 'ImageObject', url: 'https://careerpath.example/logo.png' },
      },
      author: { '@type': 'Organization', name: 'Careerpath' },
    })
  })

  it('names the account that wrote it as a Person, without a url, when no author profile is given', () => {
    const article = nodesOf(
      guideStructuredData({ ...guide, author: { id: 3, name: 'Asha Rao' } as Guide['author'] }, context),
    ).find((n) => n['@type'] === 'Article')!
    expect(article.author).toEqual({ '@type': 'Person', name: 'Asha Rao' })
  })

  it('names the authors’ profiles as Persons with their profile URL, before any account', () => {
    const article = (g: Guide) => nodesOf(guideStructuredData(g, context)).find((n) => n['@type'] === 'Article')!
    const withAccount = { ...reviewed, author: { id: 3, name: 'Account Name' } as Guide['author'] }
    expect(article(withAccount).author).toEqual({
      '@type': 'Person',
      '@id': 'https://careerpath.example/authors/asha-rao#person',
      name: 'Asha Rao',
      url: 'https://careerpath.example/authors/asha-rao',
      jobTitle: 'Data Lead',
    })
    expect(article({ ...reviewed, authors: [asha, ben] }).author).toEqual([
      expect.objectContaining({ name: 'Asha Rao', url: 'https://careerpath.example/authors/asha-rao' }),
      expect.objectContaining({ name: 'Ben Li', url: 'https://careerpath.example/authors/ben-li' }),
    ])
    // Unpopulated ids (a read at depth 0) name nobody.
    expect(article({ ...guide, authors: [11] }).author).toEqual(expect.objectContaining({ '@type': 'Organization' }))
  })

  it('gives a reviewed guide a WebPage with its reviewer, their credentials and the review date', () => {
    const nodes = nodesOf(guideStructuredData(reviewed, context))
    expect(nodes.find((n) => n['@type'] === 'WebPage')).toEqual({
      '@type': 'WebPage',
      '@id': 'https://careerpath.example/guides/data-analyst',
      url: 'https://careerpath.example/guides/data-analyst',
      name: guide.title,
      mainEntity: { '@id': 'https://careerpath.example/guides/data-analyst#article' },
      reviewedBy: {
        '@type': 'Person',
        '@id': 'https://careerpath.example/authors/kim-osei#person',
        name: 'Dr. Kim Osei',
        url: 'https://careerpath.example/authors/kim-osei',
        hasCredential: [
          { '@type': 'EducationalOccupationalCredential', name: 'PhD' },
          { '@type': 'EducationalOccupationalCredential', name: 'AWS Certified Solutions Architect' },
        ],
      },
      lastReviewed: '2026-03-05',
    })
    expect(nodes.find((n) => n['@type'] === 'Article')).toMatchObject({
      '@id': 'https://careerpath.example/guides/data-analyst#article',
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
    })
    // Without a review there is no WebPage node (graph shapes above).
    expect(nodesOf(graph).map((n) => n['@type'])).not.toContain('WebPage')
  })

  it('has a breadcrumb from home to the guide', () => {
    expect(node('BreadcrumbList')).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home', item: 'https://careerpath.example/' },
        { position: 2, name: 'Guides', item: 'https://careerpath.example/guides' },
        { position: 3, name: guide.title, item: 'https://careerpath.example/guides/data-analyst' },
      ],
    })
  })

  it('gives salaries as distributions whose percentiles are the writer’s range, with where they are paid', () => {
    expect(node('Occupation')).toMatchObject({
      name: 'Data Analyst',
      skills: 'SQL, Curiosity',
      educationRequirements: 'Statistics, Computer Science',
      estimatedSalary: [
        {
          '@type': 'MonetaryAmountDistribution',
          name: 'base',
          currency: 'USD',
          percentile10: 65000,
          percentile90: 110000,
          duration: 'P1Y',
        },
        {
          '@type': 'MonetaryAmountDistribution',
          name: 'base',
          currency: 'INR',
          percentile10: 600000,
          percentile90: 2000000,
          duration: 'P1Y',
        },
        {
          '@type': 'MonetaryAmountDistribution',
          name: 'base',
          currency: 'EUR',
          percentile10: 45000,
          percentile90: 70000,
          duration: 'P1Y',
        },
        {
          '@type': 'MonetaryAmountDistribution',
          name: 'base',
          currency: 'USD',
          percentile10: 30,
          percentile90: 60,
          duration: 'PT1H',
        },
      ],
      occupationLocation: [
        { '@type': 'Country', name: 'United States' },
        { '@type': 'Country', name: 'India' },
        { '@type': 'AdministrativeArea', name: 'Europe' },
      ],
    })
    const salaries = node('Occupation').estimatedSalary as Node[]
    for (const salary of salaries) {
      expect(salary).not.toHaveProperty('minValue')
      expect(salary).not.toHaveProperty('maxValue')
    }
  })

  it('has no Occupation, and so no estimatedSalary, on a guide without salaries', () => {
    expect(nodesOf(guideStructuredData(withoutSalaries, context)).map((n) => n['@type'])).toEqual([
      'Article',
      'BreadcrumbList',
      'FAQPage',
    ])
  })

  it('builds the Occupation from the quick facts: median pay where it is paid, education and experience', () => {
    const withFacts: Guide = {
      ...withoutSalaries,
      quickFacts: {
        medianPay: {
          amount: 131450,
          currency: 'USD',
          period: 'year',
          region: 'United States',
          source: 'US BLS',
          year: 2024,
        },
        entryEducation: 'Bachelor’s degree',
        experience: 'None',
      },
    }
    const occupation = nodesOf(guideStructuredData(withFacts, context)).find((n) => n['@type'] === 'Occupation')
    expect(occupation).toMatchObject({
      estimatedSalary: [
        { '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'P1Y', median: 131450 },
      ],
      occupationLocation: [{ '@type': 'Country', name: 'United States' }],
      educationRequirements: 'Bachelor’s degree',
      experienceRequirements: 'None',
    })
    // Median pay with no place it is paid: Google's Occupation needs one, so none.
    const nowhere = { ...withFacts, quickFacts: { medianPay: { amount: 1, currency: 'USD' } } }
    expect(nodesOf(guideStructuredData(nowhere, context)).map((n) => n['@type'])).not.toContain('Occupation')
  })

  it('states a percentile row as that percentile and a level’s range under its own name', () => {
    const row = { region: 'United States', currency: 'USD', period: 'year' as const }
    expect(salaryDistribution({ ...row, min: 211450, max: 211450, level: 'p90' })).toEqual({
      '@type': 'MonetaryAmountDistribution',
      name: 'base',
      currency: 'USD',
      duration: 'P1Y',
      percentile90: 211450,
    })
    expect(salaryDistribution({ ...row, min: 85000, max: 110000, level: 'entry' })).toMatchObject({
      name: 'base, entry level',
      percentile10: 85000,
      percentile90: 110000,
    })
  })

  it('adds an FAQPage only when the guide has an FAQ', () => {
    expect(node('FAQPage')).toMatchObject({
      mainEntity: [{ '@type': 'Question', name: 'Is it hard?', acceptedAnswer: { text: 'It takes practice.' } }],
    })
    const withoutFaq = guideStructuredData({ ...guide, content: guide.content!.slice(0, 4) }, context)
    expect(nodesOf(withoutFaq).map((n) => n['@type'])).toEqual(['Article', 'BreadcrumbList', 'Occupation'])
  })
})

describe('salaryLocation', () => {
  it('is a Country for a country’s name or short name, else the region as written', () => {
    expect(salaryLocation('UK')).toEqual({ '@type': 'Country', name: 'United Kingdom' })
    expect(salaryLocation('Bangalore, India')).toEqual({ '@type': 'AdministrativeArea', name: 'Bangalore, India' })
  })
})

describe.each(Object.entries(pages))('the JSON-LD of %s', (_, page) => {
  const graph = guideStructuredData(page, context)

  it('is valid schema.org as schema-dts types it under strict TypeScript', () => {
    expect(schemaTypeErrors(graph)).toEqual([])
  })

  // Google's documented required and recommended properties for each rich result it reads here.
  it('has what Google requires and recommends for each node', () => {
    const nodes = nodesOf(graph)
    const absolute = (value: unknown) => typeof value === 'string' && /^https:\/\//.test(value)
    expect(nodes.filter((n) => n['@type'] === 'Occupation').length).toBeLessThanOrEqual(1) // one Occupation per page
    for (const node of nodes) {
      switch (node['@type']) {
        case 'Article': {
          expect(node).toEqual(
            expect.objectContaining({
              headline: expect.any(String),
              datePublished: expect.any(String),
              dateModified: expect.any(String),
            }),
          )
          expect(absolute(node.image)).toBe(true)
          const publisher = node.publisher as Node
          expect(publisher).toEqual(expect.objectContaining({ '@type': 'Organization', name: expect.any(String) }))
          expect(absolute((publisher.logo as Node).url)).toBe(true)
          expect(['Person', 'Organization']).toContain((node.author as Node)['@type'])
          break
        }
        case 'Occupation': {
          expect(node).toEqual(expect.objectContaining({ name: expect.any(String), description: expect.any(String) }))
          const salaries = node.estimatedSalary as Node[]
          const locations = node.occupationLocation as Node[]
          expect(salaries.length).toBeGreaterThan(0)
          expect(locations.length).toBeGreaterThan(0)
          for (const location of locations)
            expect(['Country', 'State', 'City', 'AdministrativeArea']).toContain(location['@type'])
          for (const salary of salaries) {
            expect(salary).toEqual(
              expect.objectContaining({
                '@type': 'MonetaryAmountDistribution',
                currency: expect.stringMatching(/^[A-Z]{3}$/),
                duration: expect.stringMatching(/^PT?1[YMH]$/),
              }),
            )
            expect(['base', 'bonus', 'commission']).toContain(salary.name)
            expect(
              [salary.percentile10, salary.median, salary.percentile90].some((value) => typeof value === 'number'),
            ).toBe(true)
          }
          break
        }
        case 'WebPage':
          expect(node.url).toBe(nodes.find((n) => n['@type'] === 'Article')!.url)
          expect((node.reviewedBy as Node)['@type']).toBe('Person')
          expect(node.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          break
        case 'BreadcrumbList':
          for (const item of node.itemListElement as Node[])
            expect(item).toEqual(
              expect.objectContaining({
                position: expect.any(Number),
                name: expect.any(String),
                item: expect.stringMatching(/^https:/),
              }),
            )
          break
        case 'FAQPage':
          for (const question of node.mainEntity as Node[])
            expect(question).toEqual(
              expect.objectContaining({
                name: expect.any(String),
                acceptedAnswer: expect.objectContaining({ text: expect.any(String) }),
              }),
            )
          break
        default:
          throw new Error(`unexpected node ${String(node['@type'])}`)
      }
    }
  })
})

describe('profileStructuredData', () => {
  const full = profile({
    ...reviewer,
    jobTitle: 'Principal Architect',
    bio: 'Kim reviews our cloud guides.',
    photo: {
      id: 4,
      alt: 'Kim Osei',
      url: '/api/media/file/kim.jpg',
      width: 400,
      height: 400,
      updatedAt: '',
      createdAt: '',
    },
    sameAs: [{ url: 'https://www.linkedin.com/in/kim-osei' }, { url: 'https://github.com/kim-osei' }],
    account: {
      id: 9,
      email: 'kim@example.com',
      roles: ['editor'],
      updatedAt: '',
      createdAt: '',
    } as Person['account'],
  })
  const graph = profileStructuredData(full, context.siteUrl)

  it('is a ProfilePage about the Person, with the same @id their guides name', () => {
    const [page, breadcrumb] = nodesOf(graph)
    expect(page).toEqual({
      '@type': 'ProfilePage',
      '@id': 'https://careerpath.example/authors/kim-osei',
      url: 'https://careerpath.example/authors/kim-osei',
      name: 'Dr. Kim Osei',
      dateCreated: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
      mainEntity: {
        '@type': 'Person',
        '@id': 'https://careerpath.example/authors/kim-osei#person',
        name: 'Dr. Kim Osei',
        url: 'https://careerpath.example/authors/kim-osei',
        jobTitle: 'Principal Architect',
        description: 'Kim reviews our cloud guides.',
        hasCredential: [
          { '@type': 'EducationalOccupationalCredential', name: 'PhD' },
          { '@type': 'EducationalOccupationalCredential', name: 'AWS Certified Solutions Architect' },
        ],
        image: {
          '@type': 'ImageObject',
          url: 'https://careerpath.example/api/media/file/kim.jpg',
          width: '400',
          height: '400',
        },
        sameAs: ['https://www.linkedin.com/in/kim-osei', 'https://github.com/kim-osei'],
      },
    })
    expect(breadcrumb).toMatchObject({ '@type': 'BreadcrumbList' })
    const reviewedBy = nodesOf(guideStructuredData(reviewed, context)).find((n) => n['@type'] === 'WebPage')!
      .reviewedBy as Node
    expect(reviewedBy['@id']).toBe((page!.mainEntity as Node)['@id'])
  })

  it('never carries the linked account', () => {
    expect(serializeJsonLd(graph)).not.toMatch(/kim@example\.com|"account"|"email"/)
  })

  it('is valid schema.org as schema-dts types it under strict TypeScript', () => {
    expect(schemaTypeErrors(graph)).toEqual([])
  })
})

describe('homeStructuredData', () => {
  it('is the WebSite and its publisher, typed with schema-dts', () => {
    const graph = homeStructuredData({ siteUrl: 'https://careerpath.example', siteName: 'Careerpath' })
    const [website, organization] = graph['@graph'] as unknown as Record<string, unknown>[]
    expect(website).toMatchObject({
      '@type': 'WebSite',
      url: 'https://careerpath.example/',
      publisher: { '@id': 'https://careerpath.example/#organization' },
    })
    expect(organization).toMatchObject({ '@type': 'Organization', '@id': 'https://careerpath.example/#organization' })
    expect(schemaTypeErrors(graph)).toEqual([])
  })
})

describe('serializeJsonLd', () => {
  it('escapes < so content can never close the script element', () => {
    const json = serializeJsonLd(
      guideStructuredData({ ...guide, title: '</script><script>alert(1)</script>' }, context),
    )
    expect(json).not.toContain('<')
    expect(JSON.parse(json)['@graph'][0].headline).toBe('</script><script>alert(1)</script>')
  })
})
