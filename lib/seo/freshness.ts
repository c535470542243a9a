import { guideFigures, type FiguresOf } from './figures'

/**
 * Whether a guide needs its facts checked again, and why: pure, so the SEO analysis (as the editor
 * types), the dashboard's *needs review* list and `npm run seo:audit` say the same. The dashboard
 * finds the guides with SQL (`lib/admin/needs-review.ts`) that states these rules again (sharing the
 * cut-off dates and title patterns); tests/integration/needs-review.test.ts holds the two together.
 */
export interface FreshnessInput extends FiguresOf {
  title?: string | null
  /** The reviewer's id or profile; anything but null or undefined counts as set. */
  reviewer?: unknown
  lastReviewedAt?: string | Date | null
  publishedAt?: string | Date | null
  createdAt?: string | Date | null
}

export type ReviewReasonCode =
  'never-reviewed' | 'review-overdue' | 'past-year-in-title' | 'old-figures' | 'no-reviewer'

export interface ReviewReason {
  code: ReviewReasonCode
  message: string
}

/** How long a review holds. */
export const REVIEW_MONTHS = 12
/** The earliest year the title check reads as a year (so "Top 1000 jobs" is not one). */
export const FIRST_TITLE_YEAR = 1990

const DAY_MS = 86_400_000

const dateOf = (value: string | Date | null | undefined): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The moment before which a review is over REVIEW_MONTHS old: the same day, REVIEW_MONTHS months earlier. */
export function reviewCutoff(now: Date): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - REVIEW_MONTHS)
  return cutoff
}

/**
 * The oldest figure year that is still current: last year's figures are the newest most sources
 * have (BLS publishes May 2025's wages in spring 2026), older ones need checking.
 */
export const oldestCurrentFigureYear = (now: Date) => now.getUTCFullYear() - 1

/**
 * The title's years as regular expressions both JavaScript and PostgreSQL read the same way, so the
 * dashboard's SQL finds exactly the titles this module does. A year range ("2025–2026", "2025-26")
 * stands for its last year: a title naming this year's range is current, one naming an old range is not.
 */
export const TITLE_YEAR_PATTERNS = {
  /** "2024–2026" → the capture is "2026". */
  fullRange: '(?<![0-9])[0-9]{4}\\s*[-–—]\\s*([0-9]{4})(?![0-9])',
  /** "2025-26" → the captures are "20" and "26". */
  shortRange: '(?<![0-9])([0-9]{2})[0-9]{2}\\s*[-–—]\\s*([0-9]{2})(?![0-9])',
  /** A four-digit number that is not part of a longer one. */
  year: '(?<![0-9])([0-9]{4})(?![0-9])',
} as const

export function withRangesAsEndYear(title: string): string {
  return title
    .replace(new RegExp(TITLE_YEAR_PATTERNS.fullRange, 'g'), '$1')
    .replace(new RegExp(TITLE_YEAR_PATTERNS.shortRange, 'g'), '$1$2')
}

/**
 * The past years a title may name, FIRST_TITLE_YEAR up to last year, as one alternation
 * ("(?<![0-9])(1990|1991|…|2025)(?![0-9])"): PostgreSQL tests it with `~`, a cheap filter, where
 * extracting every number and comparing it made the planner estimate (and JIT-compile) a subquery per guide.
 */
export function pastYearPattern(now: Date): string {
  const years = Array.from(
    { length: Math.max(0, now.getUTCFullYear() - FIRST_TITLE_YEAR) },
    (_, i) => FIRST_TITLE_YEAR + i,
  )
  return `(?<![0-9])(${years.join('|') || '(?!)'})(?![0-9])`
}

/** The past years a title names, in order, e.g. [2025] for "… (2025)" in 2026. */
export function pastYearsInTitle(title: string, now: Date): number[] {
  const years = [...withRangesAsEndYear(title).matchAll(new RegExp(pastYearPattern(now), 'g'))].map((match) =>
    Number(match[1]),
  )
  return [...new Set(years)]
}

export function reviewReasons(guide: FreshnessInput, now: Date): ReviewReason[] {
  const reasons: ReviewReason[] = []
  const reviewed = dateOf(guide.lastReviewedAt)
  if (!reviewed)
    reasons.push({
      code: 'never-reviewed',
      message: 'The facts have never been reviewed: set Last reviewed when they are checked.',
    })
  else if (reviewed < reviewCutoff(now))
    reasons.push({
      code: 'review-overdue',
      message: `Last reviewed ${daysBetween(reviewed, now).toLocaleString('en')} days ago (${reviewed.toISOString().slice(0, 10)}): check the facts again, at least every ${REVIEW_MONTHS} months.`,
    })

  const pastYears = pastYearsInTitle(guide.title ?? '', now)
  if (pastYears.length)
    reasons.push({
      code: 'past-year-in-title',
      message: `The title names ${pastYears.join(', ')}: update the guide for ${now.getUTCFullYear()} and its title with it.`,
    })

  const oldest = oldestCurrentFigureYear(now)
  const old = guideFigures(guide).filter((figure) => figure.year !== null && figure.year < oldest)
  if (old.length)
    reasons.push({
      code: 'old-figures',
      message: `${old.map((figure) => `${figure.label} (${figure.year})`).join(', ')} ${old.length === 1 ? 'is' : 'are'} older than ${oldest}: look for newer figures.`,
    })

  if (guide.reviewer === null || guide.reviewer === undefined || guide.reviewer === '')
    reasons.push({ code: 'no-reviewer', message: 'No reviewer: pick who checks the facts.' })
  return reasons
}

const daysBetween = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS))

/**
 * How long a guide has gone unchecked, in whole days, for sorting the needs-review list oldest first:
 * since its last review, else since it was published, else since it was created (0 without any).
 */
export function reviewAgeDays(guide: FreshnessInput, now: Date): number {
  const since = dateOf(guide.lastReviewedAt) ?? dateOf(guide.publishedAt) ?? dateOf(guide.createdAt)
  return since ? daysBetween(since, now) : 0
}
