import { describe, expect, it } from '@jest/globals'
import { quickFactRows, salaryRows } from '@/lib/compare/facts'
import { comparisonLinkOf, comparisonName } from '@/lib/compare/links'
import { MAX_PAIR_LENGTH, candidateSlugs, comparisonPath, isCanonical, pairSplits } from '@/lib/compare/pair'
import {
  MIN_SIMILARITY,
  closestComparable,
  containment,
  jaccard,
  overlapOf,
  sharesEnough,
  splitByPresence,
} from '@/lib/compare/similarity'
import { MAX_SLUG_LENGTH } from '@/lib/content/slug'
import { comparisonMetadata } from '@/lib/seo/metadata'
import type { ComparedGuide } from '@/lib/data/comparisons'
import { comparisonStructuredData, serializeJsonLd } from '@/lib/seo/structured-data'
import { schemaTypeErrors } from './schema-typing'

describe('pairSplits', () => {
  it('reads a-vs-b as two slugs', () => {
    expect(pairSplits('back-end-developer-vs-data-engineer')).toEqual([{ a: 'back-end-developer', b: 'data-engineer' }])
  })

  it('offers every reading when a slug itself contains -vs-, leftmost first', () => {
    expect(pairSplits('react-vs-vue-developer-vs-data-engineer')).toEqual([
      { a: 'react', b: 'vue-developer-vs-data-engineer' },
      { a: 'react-vs-vue-developer', b: 'data-engineer' },
    ])
    expect(candidateSlugs('react-vs-vue-developer-vs-data-engineer')).toEqual([
      'react',
      'vue-developer-vs-data-engineer',
      'react-vs-vue-developer',
      'data-engineer',
    ])
  })

  it('reads overlapping separators ("a-vs-vs-b") only where both sides are slugs', () => {
    expect(pairSplits('a-vs-vs-b')).toEqual([
      { a: 'a', b: 'vs-b' },
      { a: 'a-vs', b: 'b' },
    ])
  })

  it.each([
    ['a-vs-', 'an empty second slug'],
    ['-vs-b', 'an empty first slug'],
    ['-vs-', 'nothing at all'],
    ['', 'the empty string'],
    ['a-vs-b\u0000', 'NUL'],
    ['a vs b', 'spaces'],
    ["a-vs-b' OR 1=1 --", 'SQL'],
    ['A-vs-B', 'capitals'],
    ['a--vs-b', 'a double hyphen'],
    ['back-end-developer', 'no separator'],
    ['a-vs-b'.padEnd(2000, 'x'), '2,000 characters'],
    [`${'a'.repeat(MAX_SLUG_LENGTH + 1)}-vs-b`, 'a slug longer than any stored'],
  ])('reads %j (%s) as nothing', (pair) => {
    expect(pairSplits(pair)).toEqual([])
    expect(candidateSlugs(pair)).toEqual([])
  })

  it('accepts two slugs of the longest length', () => {
    const slug = 'a'.repeat(MAX_SLUG_LENGTH)
    expect(`${slug}-vs-${slug}`).toHaveLength(MAX_PAIR_LENGTH)
    expect(pairSplits(`${slug}-vs-${slug}`)).toHaveLength(1)
  })
})

describe('the canonical order', () => {
  it('is alphabetical by slug, whichever order the guides are given in', () => {
    expect(comparisonPath('data-engineer', 'back-end-developer')).toBe('/compare/back-end-developer-vs-data-engineer')
    expect(comparisonPath('back-end-developer', 'data-engineer')).toBe('/compare/back-end-developer-vs-data-engineer')
    expect(isCanonical({ a: 'back-end-developer', b: 'data-engineer' })).toBe(true)
    expect(isCanonical({ a: 'data-engineer', b: 'back-end-developer' })).toBe(false)
    expect(isCanonical({ a: 'same', b: 'same' })).toBe(false)
  })

  it('names a comparison by its roles in that order, by titles when the roles are one', () => {
    const backEnd = { slug: 'back-end-developer', role: 'Back-End Developer', title: 'Back-End Developer Guide' }
    const data = { slug: 'data-engineer', role: 'Data Engineer', title: 'Data Engineer Guide' }
    expect(comparisonName(data, backEnd)).toBe('Back-End Developer vs Data Engineer')
    expect(comparisonLinkOf(data, backEnd)).toEqual({
      path: '/compare/back-end-developer-vs-data-engineer',
      name: 'Back-End Developer vs Data Engineer',
    })
    expect(comparisonName({ ...data, role: 'Developer' }, { ...backEnd, role: 'Developer' })).toBe(
      'Back-End Developer Guide vs Data Engineer Guide',
    )
  })
})

describe('similarity', () => {
  it('is the Jaccard index of technologies and skills together, never mixing their ids', () => {
    const overlap = overlapOf({ technologies: [1, 2, 3], skills: [1] }, { technologies: [2, 3, 4], skills: [2] })
    // Technology 1 and skill 1 are different things; shared: technologies 2 and 3.
    expect(overlap).toEqual({ shared: 2, sizeA: 4, sizeB: 4 })
    expect(jaccard(overlap)).toBeCloseTo(2 / 6)
    expect(jaccard({ shared: 0, sizeA: 0, sizeB: 0 })).toBe(0)
  })

  it('shares enough with at least three in common and a Jaccard index of at least the minimum', () => {
    expect(sharesEnough({ shared: 17, sizeA: 46, sizeB: 19 })).toBe(true)
    expect(sharesEnough({ shared: 2, sizeA: 2, sizeB: 2 })).toBe(false) // alike, but too little to compare
    expect(sharesEnough({ shared: 3, sizeA: 40, sizeB: 40 })).toBe(false) // 3 of 77
    const atMinimum = { shared: 4, sizeA: 12, sizeB: 12 } // 4 / 20
    expect(jaccard(atMinimum)).toBe(MIN_SIMILARITY)
    expect(sharesEnough(atMinimum)).toBe(true)
  })

  it('also shares enough when most of the smaller guide is in the broader one, with at least five in common', () => {
    const focused = { shared: 8, sizeA: 47, sizeB: 10 } // a data engineer's 10, 8 of them in a back-end guide's 47
    expect(jaccard(focused)).toBeLessThan(MIN_SIMILARITY)
    expect(containment(focused)).toBe(0.8)
    expect(sharesEnough(focused)).toBe(true)
    expect(sharesEnough({ shared: 3, sizeA: 47, sizeB: 3 })).toBe(false) // three soft skills in common
    expect(sharesEnough({ shared: 5, sizeA: 47, sizeB: 10 })).toBe(false) // half of the smaller
    expect(containment({ shared: 0, sizeA: 0, sizeB: 4 })).toBe(0)
  })

  it('keeps the closest candidates that share enough, most alike first, at most three', () => {
    const candidate = (name: string, shared: number) => ({ name, overlap: { shared, sizeA: 10, sizeB: 10 } })
    const closest = closestComparable([
      candidate('few', 1),
      candidate('some', 5),
      candidate('most', 9),
      candidate('many', 7),
      candidate('enough', 4),
    ])
    expect(closest.map((c) => c.name)).toEqual(['most', 'many', 'some'])
  })

  it('splits two lists into shared, only the first and only the second', () => {
    const item = (id: number) => ({ id, name: `#${id}` })
    expect(splitByPresence([item(1), item(2), item(3)], [item(3), item(4), item(1)])).toEqual({
      shared: [item(1), item(3)],
      onlyA: [item(2)],
      onlyB: [item(4)],
    })
  })
})

describe('the side-by-side rows', () => {
  it('gives each quick fact either guide gives, as its box writes it, with its years, source and locale', () => {
    const rows = quickFactRows(
      {
        medianPay: { amount: 600000, currency: 'INR', period: 'year', year: 2025, source: 'Naukri', region: 'India' },
        outlook: { growthPercent: 8, fromYear: 2024, toYear: 2034, source: 'BLS' },
      },
      { entryEducation: 'Bachelor’s degree', jobs: { count: 150000, year: 2024, source: 'BLS' } },
    )
    expect(rows).toEqual([
      { label: 'Median pay', a: { value: '₹6,00,000 per year (India)', source: 'Naukri, 2025' }, b: null },
      { label: 'Typical entry-level education', a: null, b: { value: 'Bachelor’s degree' } },
      { label: 'Job outlook', a: { value: '+8% growth in jobs (2024–34)', source: 'BLS' }, b: null },
      { label: 'Number of jobs', a: null, b: { value: '150,000 (2024)', source: 'BLS' } },
    ])
    expect(quickFactRows(undefined, {})).toEqual([])
  })

  it('lines salaries up by region and level', () => {
    const row = (region: string, level: 'entry' | 'senior' | null, min: number, max: number) => ({
      region,
      currency: 'USD',
      min,
      max,
      period: 'year' as const,
      level,
      source: 'BLS',
      year: 2025,
    })
    const rows = salaryRows(
      [row('United States', 'entry', 70000, 90000), row('United States', 'senior', 140000, 190000)],
      // Dollars in Canada's locale are US dollars, as written there.
      [row('United States', 'senior', 150000, 200000), row('Canada', null, 80000, 120000)],
    )
    expect(rows.map((r) => [r.label, r.a?.value ?? null, r.b?.value ?? null])).toEqual([
      ['United States · Entry level', '$70,000 – $90,000 per year', null],
      ['United States · Senior', '$140,000 – $190,000 per year', '$150,000 – $200,000 per year'],
      ['Canada', null, 'US$80,000 – US$120,000 per year'],
    ])
    expect(rows[1]!.a!.source).toBe('BLS, 2025')
    // A single figure (min = max) is one amount, as the guide's table writes it.
    expect(salaryRows([row('United States', null, 85000, 85000)], [])[0]!.a!.value).toBe('$85,000 per year')
  })
})

const compared = (slug: string, role: string, technologies: number[]): ComparedGuide => ({
  id: technologies[0]!,
  slug,
  role,
  title: `${role}: Complete Career Guide`,
  excerpt: null,
  publishedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  quickFacts: {},
  technologies: technologies.map((id) => ({ id, name: `T${id}`, slug: `t${id}`, category: 'other' })),
  skills: [],
  salaries: [],
  noindex: false,
})

describe('a comparison’s metadata and structured data', () => {
  const a = compared('back-end-developer', 'Back-End Developer', [1, 2, 3, 4, 5])
  const b = compared('data-engineer', 'Data Engineer', [1, 2, 3, 4, 6])
  const overlap = overlapOf(
    { technologies: [1, 2, 3, 4, 5], skills: [] },
    { technologies: [1, 2, 3, 4, 6], skills: [] },
  )

  it('is indexed with its canonical path when the guides share enough, noindex when they do not', () => {
    const similar = comparisonMetadata({ kind: 'found', a, b, overlap }, 'on')
    expect(similar.title).toBe('Back-End Developer vs Data Engineer: pay, skills and technologies compared')
    expect(similar.alternates?.canonical).toBe('/compare/back-end-developer-vs-data-engineer')
    expect(similar.robots).toBeUndefined()
    const apart = comparisonMetadata({ kind: 'found', a, b, overlap: { shared: 1, sizeA: 5, sizeB: 5 } }, 'on')
    expect(apart.robots).toEqual({ index: false, follow: true })
    const noindexGuide = comparisonMetadata({ kind: 'found', a, b: { ...b, noindex: true }, overlap }, 'on')
    expect(noindexGuide.robots).toEqual({ index: false, follow: true })
    expect(comparisonMetadata({ kind: 'not-found' }, 'on').robots).toEqual({ index: false })
  })

  it('is a WebPage about the two articles, with its breadcrumb, valid as schema-dts types', () => {
    const graph = comparisonStructuredData({ a, b }, { siteUrl: 'https://careerpath.example', siteName: 'Careerpath' })
    const [page, breadcrumb] = (graph as unknown as { '@graph': Record<string, unknown>[] })['@graph']
    expect(page).toMatchObject({
      '@type': 'WebPage',
      '@id': 'https://careerpath.example/compare/back-end-developer-vs-data-engineer',
      name: 'Back-End Developer vs Data Engineer',
      about: [
        { '@type': 'Article', '@id': 'https://careerpath.example/guides/back-end-developer#article' },
        { '@type': 'Article', '@id': 'https://careerpath.example/guides/data-engineer#article' },
      ],
      breadcrumb: { '@id': 'https://careerpath.example/compare/back-end-developer-vs-data-engineer#breadcrumb' },
    })
    expect(breadcrumb).toMatchObject({ '@type': 'BreadcrumbList' })
    expect(schemaTypeErrors(JSON.parse(serializeJsonLd(graph)))).toEqual([])
  })
})
