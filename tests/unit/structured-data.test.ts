import { describe, expect, it } from '@jest/globals'
import type { Guide } from '@/payload-types'
import { guideStructuredData, salaryLocation, serializeJsonLd } from '@/lib/seo/structured-data'
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

type Node = Record<string, unknown>
const nodesOf = (graph: unknown) => (graph as { '@graph': Node[] })['@graph']
const withoutSalaries = { ...guide, content: guide.content!.filter((block) => block.blockType !== 'salary') }
const pages = { 'a guide with salaries': guide, 'a guide without salaries': withoutSalaries }

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

  it('names a known author as a Person, without a url while there are no profile pages', () => {
    const article = nodesOf(
      guideStructuredData({ ...guide, author: { id: 3, name: 'Asha Rao' } as Guide['author'] }, context),
    ).find((n) => n['@type'] === 'Article')!
    expect(article.author).toEqual({ '@type': 'Person', name: 'Asha Rao' })
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

describe('serializeJsonLd', () => {
  it('escapes < so content can never close the script element', () => {
    const json = serializeJsonLd(
      guideStructuredData({ ...guide, title: '</script><script>alert(1)</script>' }, context),
    )
    expect(json).not.toContain('<')
    expect(JSON.parse(json)['@graph'][0].headline).toBe('</script><script>alert(1)</script>')
  })
})
