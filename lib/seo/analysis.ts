import { guideFigures, type Figure, type QuickFacts } from './figures'
import { reviewReasons, type FreshnessInput, type ReviewReasonCode } from './freshness'
import { guideText, listOf, wordsOf, type GuideContentBlock } from './guide-text'

/**
 * How well a guide is written for its focus keyword, as a list of checks an editor can act on (the
 * checks Yoast and Rank Math make, plus ones specific to career guides). Pure: the admin panel runs
 * it on the form as the editor types, `npm run seo:audit` on saved guides.
 */
export type CheckStatus = 'good' | 'improve' | 'problem'

export interface SeoCheck {
  id: string
  status: CheckStatus
  message: string
  /** The numbers behind the verdict, e.g. `{ characters: 72, max: 60 }`. */
  data?: Record<string, number | string | string[]>
}

export interface SeoAnalysis {
  score: number
  status: CheckStatus
  checks: SeoCheck[]
}

export interface SeoInput {
  title: string
  slug: string
  metaTitle?: string | null
  metaDescription?: string | null
  focusKeyword?: string | null
  secondaryKeywords?: readonly string[] | null
  content?: readonly GuideContentBlock[] | null
  /** Focus keywords of the other guides, for duplicate targeting. */
  otherGuides?: readonly { title: string; slug: string; focusKeyword?: string | null }[]
  /** What the sources and freshness checks read besides the title and content. */
  quickFacts?: QuickFacts | null
  reviewer?: unknown
  lastReviewedAt?: string | null
  publishedAt?: string | null
  createdAt?: string | null
  /** When freshness is judged; now unless a test or audit fixes it. */
  now?: Date
}

export const LIMITS = {
  titleMin: 30,
  titleMax: 60,
  titlePixels: 580,
  descriptionMin: 120,
  descriptionMax: 160,
  densityMin: 0.5,
  densityMax: 2.5,
  minWords: 900,
} as const

/**
 * Approximate width in pixels of a title in Google's results (Arial, 20px), from per-character
 * widths grouped by shape; good enough to tell 540px from 620px.
 */
export function titlePixelWidth(text: string): number {
  let width = 0
  for (const char of text) {
    if (/[ijlI.,;:'!|]/.test(char)) width += 5
    else if (/[ft()[\]r\- ]/.test(char)) width += 6.5
    else if (/[mwMW@%]/.test(char)) width += 16.5
    else if (/[A-Z&]/.test(char)) width += 13.5
    else if (/[0-9]/.test(char)) width += 11
    else width += 10.5
  }
  return Math.round(width)
}

/** "1 word", "2 words": the messages editors read count in words, not in "1 words". */
export const counted = (count: number, singular: string, plural = `${singular}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`

/** Lowercase, hyphens and punctuation as spaces, accents dropped: "Back-End" and "back end" match. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
}

/**
 * A regular expression for the keyword and its simple variants: any case, a hyphen as a space or
 * nothing ("back-end", "back end", "backend"), and the plural of the last word.
 */
export function keywordPattern(keyword: string): RegExp | null {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const words = keyword
    .split(/\s+/)
    .map((token) => normalizeText(token).split(' ').filter(Boolean).map(escape).join(' ?'))
    .filter(Boolean)
  if (words.length === 0) return null
  const last = words.length - 1
  const body = words.map((word, i) => (i === last ? `${word}(?:s|es)?` : word)).join(' ')
  return new RegExp(`(?:^| )${body}(?= |$)`, 'g')
}

export function countKeyword(text: string, keyword: string): number {
  const pattern = keywordPattern(keyword)
  return pattern ? (normalizeText(text).match(pattern)?.length ?? 0) : 0
}

const contains = (text: string | null | undefined, keyword: string) => countKeyword(text ?? '', keyword) > 0

/** Sections a meta description can promise, and what on the page keeps the promise. */
const PROMISES: { topic: string; said: RegExp; blockTypes: GuideContentBlock['blockType'][]; headings: RegExp }[] = [
  { topic: 'salary', said: /\b(salary|salaries|pay|earn)/i, blockTypes: ['salary'], headings: /salar|pay|earn/i },
  {
    topic: 'roadmap',
    said: /\b(roadmap|step[- ]by[- ]step|how to become)/i,
    blockTypes: ['roadmap'],
    headings: /roadmap|how to become|steps/i,
  },
  { topic: 'FAQ', said: /\b(faq|frequently asked|questions)/i, blockTypes: ['faq'], headings: /faq|question/i },
  { topic: 'skills', said: /\bskills?\b/i, blockTypes: ['skillList', 'technologyGroup'], headings: /skill/i },
  {
    topic: 'qualifications',
    said: /\bqualifications?|degrees?|education/i,
    blockTypes: [],
    headings: /qualification|degree|education/i,
  },
  // "Industries hiring" is not "top companies": only a section naming companies or employers keeps it.
  { topic: 'companies', said: /\bcompan(y|ies)|employers?/i, blockTypes: [], headings: /compan|employer/i },
]

export function analyseGuide(input: SeoInput): SeoAnalysis {
  const checks: SeoCheck[] = []
  const add = (id: string, status: CheckStatus, message: string, data?: SeoCheck['data']) =>
    checks.push({ id, status, message, data })
  const text = guideText(input.content)
  const body = text.paragraphs.join('\n')
  const words = wordsOf(body).length
  const seoTitle = (input.metaTitle ?? '').trim()
  const description = (input.metaDescription ?? '').trim()
  const keyword = (input.focusKeyword ?? '').trim()

  // Title
  const pixels = titlePixelWidth(seoTitle)
  if (!seoTitle) add('title-length', 'problem', 'Add an SEO title: search results show it as the link to the guide.')
  else if (seoTitle.length < LIMITS.titleMin || seoTitle.length > LIMITS.titleMax || pixels > LIMITS.titlePixels) {
    const tooLong = seoTitle.length > LIMITS.titleMax || pixels > LIMITS.titlePixels
    add(
      'title-length',
      'improve',
      tooLong
        ? `The SEO title is ${seoTitle.length} characters (about ${pixels}px): search results cut it after about ${LIMITS.titlePixels}px. Aim for ${LIMITS.titleMin}-${LIMITS.titleMax} characters.`
        : `The SEO title is ${seoTitle.length} characters: use the room, ${LIMITS.titleMin}-${LIMITS.titleMax} characters.`,
      {
        characters: seoTitle.length,
        pixels,
        min: LIMITS.titleMin,
        max: LIMITS.titleMax,
        maxPixels: LIMITS.titlePixels,
      },
    )
  } else
    add('title-length', 'good', `The SEO title is ${seoTitle.length} characters (about ${pixels}px).`, {
      characters: seoTitle.length,
      pixels,
    })

  // Meta description
  if (!description)
    add(
      'description-length',
      'problem',
      'Add a meta description: without one, search engines pick a sentence themselves.',
    )
  else if (description.length < LIMITS.descriptionMin || description.length > LIMITS.descriptionMax)
    add(
      'description-length',
      'improve',
      `The meta description is ${description.length} characters; ${LIMITS.descriptionMin}-${LIMITS.descriptionMax} show in full.`,
      {
        characters: description.length,
        min: LIMITS.descriptionMin,
        max: LIMITS.descriptionMax,
      },
    )
  else
    add('description-length', 'good', `The meta description is ${description.length} characters.`, {
      characters: description.length,
    })

  // Length and links do not depend on the keyword.
  if (words >= LIMITS.minWords)
    add('text-length', 'good', `The guide has ${counted(words, 'word')}.`, { words, min: LIMITS.minWords })
  else
    add(
      'text-length',
      words >= LIMITS.minWords / 2 ? 'improve' : 'problem',
      `The guide has ${counted(words, 'word')}; a career guide needs at least ${LIMITS.minWords} to cover the role.`,
      {
        words,
        min: LIMITS.minWords,
      },
    )

  if (text.internalLinks > 0)
    add('internal-links', 'good', `The guide links to ${counted(text.internalLinks, 'other page')} of the site.`, {
      links: text.internalLinks,
    })
  else
    add(
      'internal-links',
      'problem',
      'Link to at least one other guide, technology or skill, so readers and crawlers find related pages.',
      { links: 0 },
    )

  const topics = PROMISES.filter((promise) => promise.said.test(description))
  const missing = topics.filter(
    (promise) =>
      !promise.blockTypes.some((type) => text.blockTypes.has(type)) &&
      !text.headings.some((h) => promise.headings.test(h.text)),
  )
  if (missing.length)
    add(
      'description-promises',
      'problem',
      `The meta description promises ${missing.map((m) => m.topic).join(', ')}, but the guide has no such section: add it, or promise less.`,
      {
        missing: missing.map((m) => m.topic),
      },
    )
  else if (description)
    add('description-promises', 'good', 'Every section the meta description mentions is in the guide.', {
      promised: topics.map((t) => t.topic),
    })

  checks.push(...figureSourceChecks(guideFigures(input)), ...freshnessChecks(input, input.now ?? new Date()))

  if (!keyword) {
    add('focus-keyword', 'problem', 'Set a focus keyword: the phrase readers search for, e.g. "back-end developer".')
    return summarise(checks)
  }

  // The focus keyword, where it matters
  const titleIndex = normalizeText(seoTitle).search(keywordPattern(keyword)!)
  if (titleIndex === -1) add('keyword-in-title', 'problem', `Use "${keyword}" in the SEO title.`)
  else if (titleIndex > normalizeText(seoTitle).length / 2)
    add(
      'keyword-in-title',
      'improve',
      `"${keyword}" is in the SEO title; move it towards the start, where it weighs more.`,
      { position: titleIndex },
    )
  else add('keyword-in-title', 'good', `"${keyword}" leads the SEO title.`, { position: titleIndex })

  const inPlaces: [string, boolean, string, string][] = [
    [
      'keyword-in-description',
      contains(description, keyword),
      'the meta description',
      'Search engines bold it in results.',
    ],
    [
      'keyword-in-slug',
      contains(input.slug.replace(/-/g, ' '), keyword),
      'the URL slug',
      'Change the slug only before publishing (old links redirect, but rankings take time).',
    ],
    [
      'keyword-in-first-paragraph',
      contains(text.paragraphs[0], keyword),
      'the first paragraph',
      'It tells readers at once they are in the right place.',
    ],
    [
      'keyword-in-subheading',
      text.headings.some((h) => contains(h.text, keyword)),
      'at least one subheading',
      'Headings outline the page for readers and crawlers.',
    ],
    ['keyword-in-h1', contains(input.title, keyword), 'the page title (H1)', 'It is the main heading of the page.'],
  ]
  for (const [id, found, where, why] of inPlaces)
    add(
      id,
      found ? 'good' : 'problem',
      found ? `"${keyword}" appears in ${where}.` : `Use "${keyword}" in ${where}. ${why}`,
    )

  const occurrences = countKeyword(body, keyword)
  const density = words ? Math.round((occurrences / words) * 1000) / 10 : 0
  const densityData = { occurrences, words, density, min: LIMITS.densityMin, max: LIMITS.densityMax }
  if (density < LIMITS.densityMin)
    add(
      'keyword-density',
      'improve',
      `"${keyword}" appears ${counted(occurrences, 'time')} in ${counted(words, 'word')} (${density}%): aim for ${LIMITS.densityMin}-${LIMITS.densityMax}%.`,
      densityData,
    )
  else if (density > LIMITS.densityMax)
    add(
      'keyword-density',
      'problem',
      `"${keyword}" appears ${counted(occurrences, 'time')} in ${counted(words, 'word')} (${density}%): that reads as keyword stuffing; stay under ${LIMITS.densityMax}%.`,
      densityData,
    )
  else
    add(
      'keyword-density',
      'good',
      `"${keyword}" appears ${counted(occurrences, 'time')} in ${counted(words, 'word')} (${density}%).`,
      densityData,
    )

  const secondary = listOf(input.secondaryKeywords).filter((k) => typeof k === 'string' && k.trim())
  const allText = [input.title, seoTitle, description, ...text.headings.map((h) => h.text), body].join('\n')
  const unused = secondary.filter((k) => !contains(allText, k))
  if (secondary.length === 0)
    add('secondary-keywords', 'improve', 'Add secondary keywords: related phrases readers also search for.')
  else if (unused.length)
    add('secondary-keywords', 'improve', `Use these secondary keywords at least once: ${unused.join(', ')}.`, {
      unused,
    })
  else
    add(
      'secondary-keywords',
      'good',
      secondary.length === 1
        ? 'The secondary keyword is used.'
        : `All ${secondary.length} secondary keywords are used.`,
      { used: secondary.length },
    )

  const rivals = listOf(input.otherGuides).filter(
    (g) => g.slug !== input.slug && g.focusKeyword && normalizeText(g.focusKeyword) === normalizeText(keyword),
  )
  if (rivals.length)
    add(
      'duplicate-keyword',
      'problem',
      `"${rivals[0]!.title}" already targets "${keyword}": two guides would compete for the same searches. Choose another focus keyword.`,
      {
        guides: rivals.map((g) => g.slug),
      },
    )
  else add('duplicate-keyword', 'good', `No other guide targets "${keyword}".`)

  return summarise(checks)
}

/** What a figure lacks, in an editor's words: "has no source", "has no source or year". */
function missingOf(figure: Figure): string | null {
  const hasYear = figure.year !== null && (figure.toYear === undefined || figure.toYear !== null)
  const lacks = [!figure.source && 'source', !hasYear && (figure.toYear === undefined ? 'year' : 'years (from and to)')]
  const missing = lacks.filter(Boolean).join(' or ')
  return missing ? `${figure.label} has no ${missing}.` : null
}

/** Readers act on salaries and outlooks: each given figure says who published it and for which year. */
function figureSourceChecks(figures: Figure[]): SeoCheck[] {
  const given = figures.filter((figure) => figure.given)
  if (!given.length) return []
  const missing = given.flatMap((figure) => missingOf(figure) ?? [])
  if (!missing.length)
    return [
      {
        id: 'figure-sources',
        status: 'good',
        message: `Every figure names its source and year (${counted(given.length, 'figure')}).`,
        data: { figures: given.length },
      },
    ]
  return [
    {
      id: 'figure-sources',
      status: 'problem',
      message: `${missing.join(' ')} Name who published each figure and the year it is for, e.g. “US BLS, May 2025”.`,
      data: { missing },
    },
  ]
}

/** The freshness checks, one per question, each good or a warning with the reason reviewReasons gives. */
const FRESHNESS: { id: string; codes: ReviewReasonCode[]; good: string }[] = [
  {
    id: 'last-reviewed',
    codes: ['never-reviewed', 'review-overdue'],
    good: 'The facts were reviewed in the last 12 months.',
  },
  { id: 'reviewer', codes: ['no-reviewer'], good: 'A reviewer vouches for the facts.' },
  { id: 'title-year', codes: ['past-year-in-title'], good: 'The title names no past year.' },
  { id: 'figure-age', codes: ['old-figures'], good: 'No figure is older than last year.' },
]

function freshnessChecks(input: FreshnessInput, now: Date): SeoCheck[] {
  const reasons = reviewReasons(input, now)
  return FRESHNESS.map(({ id, codes, good }) => {
    const reason = reasons.find((r) => codes.includes(r.code))
    return reason
      ? { id, status: 'improve' as const, message: reason.message, data: { reason: reason.code } }
      : { id, status: 'good' as const, message: good }
  })
}

const POINTS: Record<CheckStatus, number> = { good: 1, improve: 0.5, problem: 0 }

function summarise(checks: SeoCheck[]): SeoAnalysis {
  const score = Math.round((checks.reduce((sum, check) => sum + POINTS[check.status], 0) / checks.length) * 100)
  const status: CheckStatus = checks.some((c) => c.status === 'problem')
    ? 'problem'
    : checks.some((c) => c.status === 'improve')
      ? 'improve'
      : 'good'
  return { score, status, checks }
}

type GuideLike = {
  title?: string | null
  slug?: string | null
  // In the admin's form state a blocks field with no rows holds its row count (0), not an array.
  content?: readonly GuideContentBlock[] | number | null
  meta?: {
    title?: string | null
    description?: string | null
    focusKeyword?: string | null
    secondaryKeywords?: readonly string[] | null
  } | null
  quickFacts?: QuickFacts | null
  reviewer?: unknown
  lastReviewedAt?: string | null
  publishedAt?: string | null
  createdAt?: string | null
}

/** The analysis input of a guide document, saved or as the admin form holds it. */
export function seoInputOf(guide: GuideLike, otherGuides: SeoInput['otherGuides'] = []): SeoInput {
  return {
    title: guide.title ?? '',
    slug: guide.slug ?? '',
    metaTitle: guide.meta?.title,
    metaDescription: guide.meta?.description,
    focusKeyword: guide.meta?.focusKeyword,
    secondaryKeywords: guide.meta?.secondaryKeywords,
    content: Array.isArray(guide.content) ? guide.content : [],
    otherGuides,
    quickFacts: guide.quickFacts,
    reviewer: guide.reviewer,
    lastReviewedAt: guide.lastReviewedAt,
    publishedAt: guide.publishedAt,
    createdAt: guide.createdAt,
  }
}
