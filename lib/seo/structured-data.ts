import type {
  AdministrativeArea,
  Article,
  BreadcrumbList,
  FAQPage,
  Graph,
  ImageObject,
  MonetaryAmountDistribution,
  Occupation,
  Organization,
  Person,
  PersonLeaf,
  ProfilePage,
  WebPage,
  WebSite,
} from 'schema-dts'
import type { Guide, Media, Person as Profile, Skill, Technology } from '@/payload-types'
import { authorPath } from '@/lib/config/site'
import { countryNamed } from '@/lib/content/money'
import { salaryLevelLabel, type SalaryLevel } from '@/lib/content/taxonomy'
import { comparisonName } from '@/lib/compare/links'
import { comparisonPath } from '@/lib/compare/pair'
import type { ComparedGuide } from '@/lib/data/comparisons'

/**
 * One JSON-LD graph for a guide page, built only from what the page shows: the article, its
 * breadcrumb, the FAQ when there is one, and, when the guide gives salaries, the occupation with
 * its skills, education, salaries and where they are paid (Google's estimated-salary rules ask
 * for `estimatedSalary` and `occupationLocation` on every Occupation, and one per page).
 */
export interface StructuredDataContext {
  siteUrl: string
  siteName: string
  /** Approved comments shown on the page. */
  commentCount?: number
  /** The page's Open Graph image, absolute: the guide's own image or its generated card. */
  image?: string
}

/** The site's logo for `publisher.logo`: a static file (public/logo.png), so its URL never changes. */
export const SITE_LOGO = { path: '/logo.png', width: 512, height: 512 }

type Block = NonNullable<Guide['content']>[number]
type SalaryRow = NonNullable<Extract<Block, { blockType: 'salary' }>['rows']>[number]
const populated = <T extends object>(values: (number | T)[] | null | undefined) =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
const given = (value: number | null | undefined): value is number => value !== null && value !== undefined

const PERIOD_DURATION = { year: 'P1Y', month: 'P1M', hour: 'PT1H' } as const

/** The site as publisher, with its logo (Google asks for an image at a stable URL). */
export function siteOrganization(siteUrl: string, siteName: string): Organization {
  const logo: ImageObject = {
    '@type': 'ImageObject',
    url: `${siteUrl}${SITE_LOGO.path}`,
    width: String(SITE_LOGO.width),
    height: String(SITE_LOGO.height),
  }
  return { '@type': 'Organization', '@id': `${siteUrl}/#organization`, name: siteName, url: `${siteUrl}/`, logo }
}

/**
 * A writer's "min – max" as the 10th and 90th percentiles: schema.org's distribution has no
 * minimum or maximum, and a range a writer quotes is what most people in the role earn, not the
 * extremes. `name` is the kind of pay (Google: "base"), never the region; the region is the
 * Occupation's `occupationLocation`.
 */
export function salaryDistribution(row: SalaryRow): MonetaryAmountDistribution | undefined {
  if (!given(row.min) && !given(row.max)) return undefined
  const base = {
    '@type': 'MonetaryAmountDistribution',
    name: 'base',
    currency: row.currency,
    duration: PERIOD_DURATION[row.period ?? 'year'],
  } as const
  // A percentile row is that one percentile; a career stage's range is its own, not the whole occupation's spread.
  const percentile = row.level ? PERCENTILE_PROPERTY[row.level] : undefined
  if (percentile) return { ...base, [percentile]: row.min ?? row.max }
  return {
    ...base,
    ...(row.level && { name: `base, ${salaryLevelLabel(row.level)?.toLowerCase()}` }),
    ...(given(row.min) && { percentile10: row.min }),
    ...(given(row.max) && { percentile90: row.max }),
  }
}

const PERCENTILE_PROPERTY: Partial<
  Record<SalaryLevel, 'percentile10' | 'percentile25' | 'median' | 'percentile75' | 'percentile90'>
> = {
  p10: 'percentile10',
  p25: 'percentile25',
  median: 'median',
  p75: 'percentile75',
  p90: 'percentile90',
}

/** The quick facts' median pay as a distribution of one figure. */
function medianPayDistribution(
  pay: NonNullable<Guide['quickFacts']>['medianPay'],
): MonetaryAmountDistribution | undefined {
  if (!pay || !given(pay.amount) || !pay.currency) return undefined
  return {
    '@type': 'MonetaryAmountDistribution',
    name: 'base',
    currency: pay.currency,
    duration: PERIOD_DURATION[pay.period ?? 'year'],
    median: pay.amount,
  }
}

/** Where a salary row is paid: a Country when its region names one, else the region as written. */
export function salaryLocation(region: string): AdministrativeArea {
  const country = countryNamed(region)
  return country ? { '@type': 'Country', name: country.name } : { '@type': 'AdministrativeArea', name: region.trim() }
}

/** What a profile says of a person wherever they are named: the same `@id` on guide and profile pages. */
export type ProfileSummary = Pick<Profile, 'name' | 'slug' | 'jobTitle' | 'credentials'>

/** A profile's "PhD, AWS Certified Solutions Architect" as one credential each. */
export const credentialsOf = (text: string | null | undefined) =>
  (text ?? '')
    .split(/[,;]/)
    .map((credential) => credential.trim())
    .filter(Boolean)

/** A person named on the site, with their profile page as `url`. */
export function personNode(profile: ProfileSummary, siteUrl: string): PersonLeaf {
  const url = `${siteUrl}${authorPath(profile.slug)}`
  const credentials = credentialsOf(profile.credentials)
  return {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: profile.name,
    url,
    ...(profile.jobTitle && { jobTitle: profile.jobTitle }),
    ...(credentials.length && {
      hasCredential: credentials.map((name) => ({ '@type': 'EducationalOccupationalCredential' as const, name })),
    }),
  }
}

/** A profile from a relationship field, if the read populated it. */
const profileOf = (value: number | Profile | null | undefined): Profile | undefined =>
  typeof value === 'object' && value !== null ? value : undefined

/**
 * A guide's authors: their profiles, else the account that wrote it (only known to a signed-in
 * preview, so without a url), else the site.
 */
function authorOf(guide: Guide, organization: Organization, siteUrl: string): Person | Person[] | Organization {
  const profiles = populated<Profile>(guide.authors)
  if (profiles.length) {
    const people = profiles.map((profile) => personNode(profile, siteUrl))
    return people.length === 1 ? people[0]! : people
  }
  const author = guide.author
  return typeof author === 'object' && author?.name ? { '@type': 'Person', name: author.name } : organization
}

/** The page itself, when an editor has reviewed it: who checked the facts and when. */
function reviewedPage(guide: Guide, url: string, siteUrl: string): WebPage | undefined {
  const reviewer = profileOf(guide.reviewer)
  if (!reviewer && !guide.lastReviewedAt) return undefined
  return {
    '@type': 'WebPage',
    '@id': url,
    url,
    name: guide.title,
    mainEntity: { '@id': `${url}#article` },
    ...(reviewer && { reviewedBy: personNode(reviewer, siteUrl) }),
    ...(guide.lastReviewedAt && { lastReviewed: guide.lastReviewedAt.slice(0, 10) }),
  }
}

export function guideStructuredData(
  guide: Guide,
  { siteUrl, siteName, commentCount = 0, image }: StructuredDataContext,
): Graph {
  const url = `${siteUrl}/guides/${guide.slug}`
  const blocks: Block[] = guide.content ?? []
  const description = guide.meta?.description || guide.excerpt || undefined
  const keywords = [guide.meta?.focusKeyword, ...(guide.meta?.secondaryKeywords ?? [])].filter((k): k is string =>
    Boolean(k),
  )
  const organization = siteOrganization(siteUrl, siteName)

  const article: Article = {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: guide.title,
    description,
    url,
    mainEntityOfPage: url,
    datePublished: guide.publishedAt ?? undefined,
    dateModified: guide.updatedAt,
    author: authorOf(guide, organization, siteUrl),
    publisher: organization,
    commentCount,
    ...(image && { image }),
    ...(keywords.length && { keywords: keywords.join(', ') }),
  }

  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'Guides', item: `${siteUrl}/guides` },
      { '@type': 'ListItem', position: 3, name: guide.title, item: url },
    ],
  }

  const skillNames = [
    ...blocks.flatMap((block) =>
      block.blockType === 'technologyGroup' ? populated<Technology>(block.technologies).map((t) => t.name) : [],
    ),
    ...blocks.flatMap((block) =>
      block.blockType === 'skillList' ? populated<Skill>(block.skills).map((s) => s.name) : [],
    ),
  ]
  const education = blocks
    .filter((block) => block.blockType === 'plainList' && /qualification|education|degree/i.test(block.heading))
    .flatMap((block) => (block.blockType === 'plainList' ? (block.items ?? []).map((item) => item.text) : []))
  const salaryRows = blocks
    .flatMap((block) => (block.blockType === 'salary' ? (block.rows ?? []) : []))
    .filter((row) => salaryDistribution(row))
  const facts = guide.quickFacts
  const medianPay = medianPayDistribution(facts?.medianPay)
  const salaries = [
    ...(medianPay ? [medianPay] : []),
    ...salaryRows.map(salaryDistribution).filter((salary): salary is MonetaryAmountDistribution => Boolean(salary)),
  ]
  const places = [
    ...(medianPay && facts?.medianPay?.region ? [facts.medianPay.region] : []),
    ...salaryRows.map((row) => row.region),
  ]
  const locations = [...new Map(places.map(salaryLocation).map((place) => [JSON.stringify(place), place])).values()]
  const educationRequirements = facts?.entryEducation?.trim() || education.join(', ')
  // Google's Occupation needs a salary and where it is paid: without both, no Occupation.
  const occupation: Occupation | undefined =
    salaries.length && locations.length
      ? {
          '@type': 'Occupation',
          '@id': `${url}#occupation`,
          name: guide.role,
          description: guide.excerpt || description,
          mainEntityOfPage: url,
          estimatedSalary: salaries,
          occupationLocation: locations,
          ...(skillNames.length && { skills: skillNames.join(', ') }),
          ...(educationRequirements && { educationRequirements }),
          ...(facts?.experience?.trim() && { experienceRequirements: facts.experience.trim() }),
        }
      : undefined

  const faqItems = blocks.flatMap((block) => (block.blockType === 'faq' ? (block.items ?? []) : []))
  const faq: FAQPage | undefined = faqItems.length
    ? {
        '@type': 'FAQPage',
        mainEntity: faqItems.map((item) => ({
          '@type': 'Question',
          name: item.question,
          acceptedAnswer: { '@type': 'Answer', text: item.answer },
        })),
      }
    : undefined

  const page = reviewedPage(guide, url, siteUrl)

  return {
    '@context': 'https://schema.org',
    '@graph': [
      article,
      ...(page ? [page] : []),
      breadcrumb,
      ...(occupation ? [occupation] : []),
      ...(faq ? [faq] : []),
    ],
  }
}

/** A profile's photo, at an absolute URL, if it has one. */
function photoOf(photo: Profile['photo'], siteUrl: string): ImageObject | undefined {
  const media: Media | undefined = typeof photo === 'object' && photo ? photo : undefined
  if (!media?.url) return undefined
  return {
    '@type': 'ImageObject',
    url: new URL(media.url, `${siteUrl}/`).toString(),
    ...(media.width && { width: String(media.width) }),
    ...(media.height && { height: String(media.height) }),
  }
}

/**
 * An author's or reviewer's page: a ProfilePage whose main entity is the Person (the same `@id` as
 * in their guides' Article and WebPage), and its breadcrumb.
 */
export function profileStructuredData(profile: Profile, siteUrl: string): Graph {
  const url = `${siteUrl}${authorPath(profile.slug)}`
  const photo = photoOf(profile.photo, siteUrl)
  const sameAs = (profile.sameAs ?? []).map((link) => link.url)
  const person: PersonLeaf = {
    ...personNode(profile, siteUrl),
    ...(profile.bio && { description: profile.bio }),
    ...(photo && { image: photo }),
    ...(sameAs.length && { sameAs }),
  }
  const page: ProfilePage = {
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: profile.name,
    dateCreated: profile.createdAt,
    dateModified: profile.updatedAt,
    mainEntity: person,
  }
  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteUrl}/` },
      { '@type': 'ListItem', position: 2, name: profile.name, item: url },
    ],
  }
  return { '@context': 'https://schema.org', '@graph': [page, breadcrumb] }
}

/** JSON for a <script> element: `<` escaped so that no content can close the element. */
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * A comparison page's graph: a WebPage `about` the two guides' articles (their `@id`s are the ones
 * their own pages give them), with its breadcrumb. No Occupation: Google asks each for salaries and
 * locations, which belong to the guide pages.
 */
export function comparisonStructuredData(
  { a, b }: { a: ComparedGuide; b: ComparedGuide },
  { siteUrl, siteName }: Pick<StructuredDataContext, 'siteUrl' | 'siteName'>,
): Graph {
  const url = `${siteUrl}${comparisonPath(a.slug, b.slug)}`
  const name = comparisonName(a, b)
  const article = (guide: ComparedGuide): Article => {
    const guideUrl = `${siteUrl}/guides/${guide.slug}`
    return { '@type': 'Article', '@id': `${guideUrl}#article`, headline: guide.title, url: guideUrl, about: guide.role }
  }
  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    '@id': `${url}#breadcrumb`,
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'Guides', item: `${siteUrl}/guides` },
      { '@type': 'ListItem', position: 3, name, item: url },
    ],
  }
  const page: WebPage = {
    '@type': 'WebPage',
    '@id': url,
    url,
    name,
    isPartOf: { '@type': 'WebSite', name: siteName, url: `${siteUrl}/` },
    about: [article(a), article(b)],
    breadcrumb: { '@id': `${url}#breadcrumb` },
    dateModified: [a.updatedAt, b.updatedAt].sort().at(-1),
  }
  return { '@context': 'https://schema.org', '@graph': [page, breadcrumb] }
}

/**
 * The home page's graph: the WebSite (Google takes the site name shown in results from it) and its
 * publisher, as Yoast and Rank Math print on a WordPress home page. No SearchAction: Google retired
 * the sitelinks search box that read it.
 */
export function homeStructuredData({ siteUrl, siteName }: { siteUrl: string; siteName: string }): Graph {
  const organization = siteOrganization(siteUrl, siteName)
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': `${siteUrl}/#website`,
    url: `${siteUrl}/`,
    name: siteName,
    publisher: { '@id': `${siteUrl}/#organization` },
  }
  return { '@context': 'https://schema.org', '@graph': [website, organization] }
}
