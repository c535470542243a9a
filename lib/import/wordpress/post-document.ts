import { htmlToGuideText, type ContentImage } from './html-to-text'
import type { WxrItem, WxrSite } from './wxr-posts'

/**
 * A WordPress post as the document a writer would have delivered (SEO header, title, body in the
 * text format), so it goes through the one guide parser; and what the parser's format has no line
 * for (status and dates, canonical URL, noindex) beside it.
 */

export type PostDecision = { import: true; publish: boolean; scheduledFor?: Date } | { import: false; reason: string }

/** `publish` is published; `draft`/`pending` a draft; `future` a draft scheduled for its date. */
export function decisionFor(item: WxrItem): PostDecision {
  if (item.postType !== 'post') return { import: false, reason: `a ${item.postType || 'untyped item'}, not a post` }
  switch (item.status) {
    case 'publish':
      return { import: true, publish: true }
    case 'draft':
    case 'pending':
      return { import: true, publish: false }
    case 'future':
      return { import: true, publish: false, scheduledFor: item.date }
    case 'private':
      return { import: false, reason: 'private on WordPress' }
    case 'trash':
      return { import: false, reason: 'in the WordPress trash' }
    default:
      return { import: false, reason: `status "${item.status}"` }
  }
}

export interface PostSeo {
  title?: string
  description?: string
  focusKeyword?: string
  secondaryKeywords: string[]
  canonicalUrl?: string
  noindex: boolean
}

const first = (item: WxrItem, key: string) => item.meta[key]?.find((value) => value.trim() !== '')?.trim()

/** Yoast's `%%var%%` and Rank Math's `%var%`: the ones a post has values for; others dropped and reported. */
function resolveTemplate(template: string, item: WxrItem, site: WxrSite, notes: string[]): string {
  const values: Record<string, string> = {
    title: item.title,
    sitename: site.title,
    sitetitle: site.title,
    sep: '-',
    excerpt: item.excerpt,
    currentyear: String(new Date().getUTCFullYear()),
    primary_category: item.categories[0] ?? '',
    category: item.categories[0] ?? '',
    focuskw: first(item, '_yoast_wpseo_focuskw') ?? first(item, 'rank_math_focus_keyword')?.split(',')[0] ?? '',
    page: '',
  }
  const resolved = template.replace(/%%?([a-z_]+)%%?/gi, (whole, name: string) => {
    const value = values[name.toLowerCase()]
    if (value === undefined) {
      notes.push(`SEO template variable ${whole} has no value here and was left out`)
      return ''
    }
    return value
  })
  return resolved
    .replace(/\s+/g, ' ')
    .replace(/^[\s|–-]+|[\s|–-]+$/g, '')
    .trim()
}

/** Yoast's keyword synonyms: a JSON list of comma-separated strings. */
function yoastSynonyms(raw: string | undefined): string[] {
  if (!raw) return []
  try {
    const parsed: unknown = JSON.parse(raw)
    const values = Array.isArray(parsed) ? parsed : [parsed]
    return values.flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
  } catch {
    return raw.split(',')
  }
}

export function seoOf(item: WxrItem, site: WxrSite, notes: string[]): PostSeo {
  const template = (value: string | undefined) =>
    value ? resolveTemplate(value, item, site, notes) || undefined : undefined
  const rankMathKeywords = (first(item, 'rank_math_focus_keyword') ?? '')
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean)
  const focusKeyword = first(item, '_yoast_wpseo_focuskw') ?? rankMathKeywords[0]
  const secondaryKeywords = [
    ...yoastSynonyms(first(item, '_yoast_wpseo_keywordsynonyms')),
    ...rankMathKeywords.slice(1),
  ]
    .map((keyword) => keyword.trim())
    .filter((keyword, index, all) => keyword && keyword !== focusKeyword && all.indexOf(keyword) === index)
  // Rank Math keeps its robots as a serialized PHP array: `a:1:{i:0;s:7:"noindex";}`.
  const noindex =
    first(item, '_yoast_wpseo_meta-robots-noindex') === '1' || /"noindex"/.test(first(item, 'rank_math_robots') ?? '')
  return {
    title: template(first(item, '_yoast_wpseo_title') ?? first(item, 'rank_math_title')),
    description: template(first(item, '_yoast_wpseo_metadesc') ?? first(item, 'rank_math_description')),
    focusKeyword,
    secondaryKeywords,
    canonicalUrl: first(item, '_yoast_wpseo_canonical') ?? first(item, 'rank_math_canonical_url'),
    noindex,
  }
}

export interface PostDocument {
  /** The document in the writers' text format, for parseGuideText. */
  text: string
  seo: PostSeo
  notes: string[]
  images: ContentImage[]
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Where a post of the export lives now, by every address it had on WordPress (permalink paths,
 * old slugs, `/?p=<id>`), so links between imported posts point to the guides.
 */
export type LinkTargets = Map<string, string>

/** The address a link names, as a key of LinkTargets: a path on the WordPress site, or `?p=<id>`. */
export function linkKey(href: string, site: WxrSite): string | undefined {
  try {
    const base = new URL(site.baseUrl || 'http://wordpress.invalid')
    const url = new URL(href, base)
    if (url.host !== base.host) return undefined
    const id = url.searchParams.get('p')
    if (id && /^\d+$/.test(id)) return `?p=${id}`
    return decodeURIComponent(url.pathname).replace(/\/+$/, '') || undefined
  } catch {
    return undefined
  }
}

export function postDocument(item: WxrItem, site: WxrSite, links: LinkTargets = new Map()): PostDocument {
  const notes: string[] = []
  const seo = seoOf(item, site, notes)
  const body = htmlToGuideText(item.content, {
    rewriteHref: (href) => {
      const key = linkKey(href, site)
      return key ? links.get(key) : undefined
    },
  })
  notes.push(...body.notes)
  const header = [
    seo.title && `SEO Title: ${oneLine(seo.title)}`,
    seo.description && `Meta Description: ${oneLine(seo.description)}`,
    item.slug && `URL Slug: ${item.slug}`,
    seo.focusKeyword && `Focus Keyword: ${oneLine(seo.focusKeyword)}`,
    seo.secondaryKeywords.length > 0 && `Secondary Keywords: ${seo.secondaryKeywords.map(oneLine).join(', ')}`,
  ].filter(Boolean)
  const text = [...header, '', `# ${oneLine(item.title)}`, '', body.text].join('\n')
  return { text, seo, notes, images: body.images }
}
