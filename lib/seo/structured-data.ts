import type { Article, BreadcrumbList, FAQPage, Graph, MonetaryAmountDistribution, Occupation } from 'schema-dts'
import type { Guide, Skill, Technology } from '../../payload-types'

/**
 * One JSON-LD graph for a guide page, built only from what the page shows: the article, its
 * breadcrumb, the FAQ when there is one, and the occupation with its skills, education and salaries.
 */
export interface StructuredDataContext {
  siteUrl: string
  siteName: string
  /** Approved comments shown on the page. */
  commentCount?: number
}

type Block = NonNullable<Guide['content']>[number]
const populated = <T extends object>(values: (number | T)[] | null | undefined) =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

const PERIOD_DURATION = { year: 'P1Y', month: 'P1M', hour: 'PT1H' } as const

export function guideStructuredData(guide: Guide, { siteUrl, siteName, commentCount = 0 }: StructuredDataContext): Graph {
  const url = `${siteUrl}/guides/${guide.slug}`
  const blocks: Block[] = guide.content ?? []
  const description = guide.meta?.description || guide.excerpt || undefined
  const keywords = [guide.meta?.focusKeyword, ...(guide.meta?.secondaryKeywords ?? [])].filter((k): k is string => Boolean(k))
  const image = typeof guide.meta?.image === 'object' && guide.meta.image?.url ? new URL(guide.meta.image.url, siteUrl).toString() : undefined
  const organization = { '@type': 'Organization' as const, name: siteName, url: siteUrl }

  const article: Article = {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: guide.title,
    description,
    url,
    mainEntityOfPage: url,
    datePublished: guide.publishedAt ?? undefined,
    dateModified: guide.updatedAt,
    author: organization,
    publisher: organization,
    commentCount,
    ...(image ? { image } : {}),
    ...(keywords.length ? { keywords: keywords.join(', ') } : {}),
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
    ...blocks.flatMap((block) => (block.blockType === 'technologyGroup' ? populated<Technology>(block.technologies).map((t) => t.name) : [])),
    ...blocks.flatMap((block) => (block.blockType === 'skillList' ? populated<Skill>(block.skills).map((s) => s.name) : [])),
  ]
  const education = blocks
    .filter((block) => block.blockType === 'plainList' && /qualification|education|degree/i.test(block.heading))
    .flatMap((block) => (block.blockType === 'plainList' ? (block.items ?? []).map((item) => item.text) : []))
  const salaries: MonetaryAmountDistribution[] = blocks.flatMap((block) =>
    block.blockType === 'salary'
      ? (block.rows ?? [])
          .filter((row) => row.min !== null && row.min !== undefined && row.max !== null && row.max !== undefined)
          .map((row) => ({
            '@type': 'MonetaryAmountDistribution' as const,
            name: row.region,
            currency: row.currency,
            minValue: row.min!,
            maxValue: row.max!,
            duration: PERIOD_DURATION[row.period ?? 'year'],
          }))
      : [],
  )
  const occupation: Occupation = {
    '@type': 'Occupation',
    '@id': `${url}#occupation`,
    name: guide.role,
    description: guide.excerpt || description,
    ...(skillNames.length ? { skills: skillNames.join(', ') } : {}),
    ...(education.length ? { educationRequirements: education.join(', ') } : {}),
    ...(salaries.length ? { estimatedSalary: salaries } : {}),
  }

  const faqItems = blocks.flatMap((block) => (block.blockType === 'faq' ? (block.items ?? []) : []))
  const faq: FAQPage | undefined = faqItems.length
    ? {
        '@type': 'FAQPage',
        mainEntity: faqItems.map((item) => ({ '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } })),
      }
    : undefined

  return { '@context': 'https://schema.org', '@graph': [article, breadcrumb, occupation, ...(faq ? [faq] : [])] }
}

/** JSON for a <script> element: `<` escaped so that no content can close the element. */
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
