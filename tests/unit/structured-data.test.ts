import { describe, expect, it } from '@jest/globals'
import type { Guide } from '../../payload-types'
import { guideStructuredData, serializeJsonLd } from '../../lib/seo/structured-data'

const context = { siteUrl: 'https://careerpath.example', siteName: 'Careerpath' }

const guide = {
  id: 1,
  title: 'Data Analyst: Complete Career Guide (2026)',
  role: 'Data Analyst',
  slug: 'data-analyst',
  excerpt: 'A data analyst turns data into answers.',
  publishedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  meta: { title: 'Data Analyst Guide', description: 'Become a data analyst.', focusKeyword: 'Data Analyst', secondaryKeywords: ['SQL Analyst'] },
  content: [
    { blockType: 'technologyGroup', heading: 'Tools', headingLevel: '2', category: 'other', technologies: [{ id: 1, name: 'SQL', slug: 'sql', category: 'other', updatedAt: '', createdAt: '' }, 7] },
    { blockType: 'skillList', heading: 'Soft Skills', headingLevel: '2', skills: [{ id: 2, name: 'Curiosity', slug: 'curiosity', kind: 'soft', updatedAt: '', createdAt: '' }] },
    { blockType: 'plainList', heading: 'Educational Qualifications', headingLevel: '2', items: [{ text: 'Statistics' }, { text: 'Computer Science' }] },
    { blockType: 'salary', heading: 'Salary', headingLevel: '2', rows: [{ region: 'United States', currency: 'USD', min: 65000, max: 110000, period: 'year' }] },
    { blockType: 'faq', heading: 'FAQ', headingLevel: '2', items: [{ question: 'Is it hard?', answer: 'It takes practice.' }] },
  ],
} as unknown as Guide

describe('guideStructuredData', () => {
  const graph = guideStructuredData(guide, context) as unknown as { '@graph': Record<string, unknown>[] }
  const node = (type: string) => graph['@graph'].find((n) => n['@type'] === type)!

  it('describes the article with its dates, keywords and publisher', () => {
    expect(node('Article')).toMatchObject({
      headline: guide.title,
      description: 'Become a data analyst.',
      url: 'https://careerpath.example/guides/data-analyst',
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
      keywords: 'Data Analyst, SQL Analyst',
      publisher: { '@type': 'Organization', name: 'Careerpath' },
    })
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

  it('describes the occupation with its skills, education and salary range', () => {
    expect(node('Occupation')).toMatchObject({
      name: 'Data Analyst',
      skills: 'SQL, Curiosity',
      educationRequirements: 'Statistics, Computer Science',
      estimatedSalary: [{ '@type': 'MonetaryAmountDistribution', name: 'United States', currency: 'USD', minValue: 65000, maxValue: 110000, duration: 'P1Y' }],
    })
  })

  it('adds an FAQPage only when the guide has an FAQ', () => {
    expect(node('FAQPage')).toMatchObject({ mainEntity: [{ '@type': 'Question', name: 'Is it hard?', acceptedAnswer: { text: 'It takes practice.' } }] })
    const withoutFaq = guideStructuredData({ ...guide, content: guide.content!.slice(0, 2) }, context) as unknown as { '@graph': { '@type': string }[] }
    expect(withoutFaq['@graph'].map((n) => n['@type'])).toEqual(['Article', 'BreadcrumbList', 'Occupation'])
  })
})

describe('serializeJsonLd', () => {
  it('escapes < so content can never close the script element', () => {
    const json = serializeJsonLd(guideStructuredData({ ...guide, title: '</script><script>alert(1)</script>' }, context))
    expect(json).not.toContain('<')
    expect(JSON.parse(json)['@graph'][0].headline).toBe('</script><script>alert(1)</script>')
  })
})
