import { describe, expect, it } from '@jest/globals'
import {
  pastYearsInTitle,
  reviewAgeDays,
  reviewCutoff,
  reviewReasons,
  type FreshnessInput,
  type ReviewReasonCode,
} from '@/lib/seo/freshness'
import { guideFigures } from '@/lib/seo/figures'
import type { GuideContentBlock } from '@/lib/seo/guide-text'

const now = new Date('2026-12-03T12:00:00.000Z')

/** A guide that needs nothing: reviewed last month by a reviewer, this year's title, last year's figures. */
const fresh = (): FreshnessInput => ({
  title: 'Back-End Developer: Complete Career Guide (2026)',
  reviewer: 7,
  lastReviewedAt: '2026-11-20T12:00:00.000Z',
  publishedAt: '2026-01-10T09:00:00.000Z',
  quickFacts: {
    medianPay: { amount: 133080, currency: 'USD', period: 'year', year: 2025, source: 'US BLS, May 2025' },
    outlook: { growthPercent: 15, fromYear: 2025, toYear: 2035, source: 'US BLS' },
    jobs: { count: 1_900_000, year: 2025, source: 'US BLS' },
  },
  content: [
    {
      blockType: 'salary',
      heading: 'Salary',
      headingLevel: '2',
      rows: [{ region: 'India', currency: 'INR', min: 600000, max: 2400000, source: 'Glassdoor', year: 2025 }],
    },
  ] as GuideContentBlock[],
})

const codes = (guide: FreshnessInput, at = now): ReviewReasonCode[] => reviewReasons(guide, at).map((r) => r.code)

describe('reviewReasons', () => {
  it('finds nothing in a guide reviewed last month with current figures', () => {
    expect(reviewReasons(fresh(), now)).toEqual([])
  })

  it('wants a review at least every 12 months, to the day', () => {
    expect(reviewCutoff(now).toISOString()).toBe('2025-12-03T12:00:00.000Z')
    expect(codes({ ...fresh(), lastReviewedAt: '2025-12-03T12:00:00.000Z' })).toEqual([])
    expect(codes({ ...fresh(), lastReviewedAt: '2025-12-03T11:59:59.000Z' })).toEqual(['review-overdue'])
    const [overdue] = reviewReasons({ ...fresh(), lastReviewedAt: '2025-06-01T00:00:00.000Z' }, now)
    expect(overdue!.message).toMatch(/^Last reviewed 550 days ago \(2025-06-01\)/)
    expect(codes({ ...fresh(), lastReviewedAt: null })).toEqual(['never-reviewed'])
    expect(codes({ ...fresh(), lastReviewedAt: 'not a date' })).toEqual(['never-reviewed'])
  })

  it('asks for a reviewer', () => {
    expect(codes({ ...fresh(), reviewer: null })).toEqual(['no-reviewer'])
    expect(codes({ ...fresh(), reviewer: undefined })).toEqual(['no-reviewer'])
    expect(codes({ ...fresh(), reviewer: { id: 7, name: 'Daniel Okafor' } })).toEqual([])
  })

  it('reads a past year anywhere in the title, in parentheses or not', () => {
    expect(pastYearsInTitle('Data Engineer Career Guide (2025)', now)).toEqual([2025])
    expect(pastYearsInTitle('Data Engineer Career Guide 2025', now)).toEqual([2025])
    expect(pastYearsInTitle('Best of 1990 and 2019: a history', now)).toEqual([1990, 2019])
    expect(pastYearsInTitle('Data Engineer Career Guide (2026)', now)).toEqual([])
    expect(pastYearsInTitle('Data Engineer Career Guide (2027)', now)).toEqual([])
    // Not years: below 1990, longer numbers, none at all.
    expect(pastYearsInTitle('Top 1000 jobs, 1989 edition', now)).toEqual([])
    expect(pastYearsInTitle('Salary of 120250 dollars', now)).toEqual([])
    expect(pastYearsInTitle('Data Engineer', now)).toEqual([])
    const [reason] = reviewReasons({ ...fresh(), title: 'Data Engineer (2025)' }, now)
    expect(reason).toEqual({
      code: 'past-year-in-title',
      message: 'The title names 2025: update the guide for 2026 and its title with it.',
    })
  })

  it('reads a year range by its last year', () => {
    expect(pastYearsInTitle('Salary Outlook 2025–2026', now)).toEqual([])
    expect(pastYearsInTitle('Salary Outlook 2024-2030', now)).toEqual([])
    expect(pastYearsInTitle('Salary Outlook 2025-26', now)).toEqual([])
    expect(pastYearsInTitle('Salary Outlook 2023 – 2025', now)).toEqual([2025])
    expect(pastYearsInTitle('Salary Outlook 2024–25', now)).toEqual([2025])
    // The same title is current in 2026 and past in 2027.
    expect(pastYearsInTitle('Guide (2025–2026)', new Date('2027-01-01T00:00:00Z'))).toEqual([2026])
  })

  it('finds figures older than last year: median pay, jobs, the outlook’s first year and any salary row', () => {
    const facts = fresh().quickFacts!
    expect(codes({ ...fresh(), quickFacts: { ...facts, medianPay: { ...facts.medianPay, year: 2024 } } })).toEqual([
      'old-figures',
    ])
    expect(codes({ ...fresh(), quickFacts: { ...facts, jobs: { ...facts.jobs, year: 2023 } } })).toEqual([
      'old-figures',
    ])
    expect(codes({ ...fresh(), quickFacts: { ...facts, outlook: { ...facts.outlook, fromYear: 2024 } } })).toEqual([
      'old-figures',
    ])
    // The outlook's last year is in the future by design; it does not age the outlook.
    expect(codes({ ...fresh(), quickFacts: { ...facts, outlook: { ...facts.outlook, toYear: 2034 } } })).toEqual([])
    const oldRow = fresh()
    ;(oldRow.content as GuideContentBlock[]).push({
      blockType: 'salary',
      heading: 'Salary by level',
      headingLevel: '2',
      rows: [{ region: 'United States', currency: 'USD', min: 70000, level: 'entry', source: 'BLS', year: 2022 }],
    } as GuideContentBlock)
    expect(reviewReasons(oldRow, now)).toEqual([
      {
        code: 'old-figures',
        message: 'Salary row “United States, Entry level” (2022) is older than 2025: look for newer figures.',
      },
    ])
    // Last year's figures are current; a figure without a year is not judged here (the sources check asks for it).
    expect(codes({ ...fresh(), quickFacts: { medianPay: { amount: 1, year: 2025 }, jobs: { count: 1 } } })).toEqual([])
  })

  it('names every reason of a neglected guide, in a fixed order', () => {
    expect(
      codes({
        title: 'QA Engineer Guide (2023)',
        reviewer: null,
        lastReviewedAt: '2024-01-01T00:00:00Z',
        quickFacts: { medianPay: { amount: 90000, year: 2023 } },
      }),
    ).toEqual(['review-overdue', 'past-year-in-title', 'old-figures', 'no-reviewer'])
  })

  it('reads the admin form’s values: a blocks field or rows without entries are counts', () => {
    expect(codes({ ...fresh(), content: 0 })).toEqual([])
    expect(
      guideFigures({ content: [{ blockType: 'salary', heading: 'S', headingLevel: '2', rows: 0 }] as never }),
    ).toHaveLength(3)
  })
})

describe('reviewAgeDays', () => {
  it('counts days since the last review, else since publication, else since creation', () => {
    expect(reviewAgeDays(fresh(), now)).toBe(13)
    expect(reviewAgeDays({ ...fresh(), lastReviewedAt: null }, now)).toBe(327)
    expect(reviewAgeDays({ createdAt: '2026-12-01T12:00:00Z' }, now)).toBe(2)
    expect(reviewAgeDays({}, now)).toBe(0)
    // A date in the future (a mistyped review date) is not a negative age.
    expect(reviewAgeDays({ lastReviewedAt: '2027-01-01T00:00:00Z' }, now)).toBe(0)
  })
})
