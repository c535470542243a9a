import { z } from 'zod'
import { plainTextOfHtml } from './html-to-text'
import { childrenNamed, childText, type WxrRecord, type XmlElement } from './wxr-reader'

/** What a WordPress export says of its site, its authors and each of its items, checked with zod. */

export interface WxrSite {
  title: string
  /** Where the site lived: its posts' old URLs are read against it. */
  baseUrl: string
}

const gmtDate = z
  .string()
  .transform((value) =>
    /^0000-00-00/.test(value) || value === '' ? undefined : new Date(`${value.replace(' ', 'T')}Z`),
  )
  .refine((date) => date === undefined || !Number.isNaN(date.getTime()), 'is not a date')

const wpId = z.coerce.number().int().nonnegative()

export const wxrCommentSchema = z.object({
  id: wpId,
  author: z.string(),
  authorEmail: z.string(),
  date: gmtDate,
  content: z.string(),
  /** `1` approved, `0` awaiting moderation, `spam`, `trash`. */
  approved: z.string(),
  /** '' or `comment` for a comment; `pingback`, `trackback` otherwise. */
  type: z.string(),
  parentId: wpId,
})

export const wxrItemSchema = z.object({
  postId: wpId,
  title: z.string(),
  link: z.string(),
  guid: z.string(),
  creator: z.string(),
  content: z.string(),
  excerpt: z.string(),
  date: gmtDate,
  modified: gmtDate,
  slug: z.string(),
  status: z.string(),
  postType: z.string(),
  parentId: wpId,
  tags: z.array(z.string()),
  categories: z.array(z.string()),
  meta: z.record(z.string(), z.array(z.string())),
  comments: z.array(wxrCommentSchema),
  /** An attachment's file on WordPress (`wp:attachment_url`); empty for other items. */
  attachmentUrl: z.string(),
})

export const wxrAuthorSchema = z.object({
  login: z.string().min(1),
  email: z.string(),
  displayName: z.string(),
  firstName: z.string(),
  lastName: z.string(),
})

export type WxrItem = z.infer<typeof wxrItemSchema>
export type WxrComment = z.infer<typeof wxrCommentSchema>
export type WxrAuthor = z.infer<typeof wxrAuthorSchema>

export function siteOf(element: XmlElement): WxrSite {
  return {
    title: plainTextOfHtml(childText(element, 'title')),
    baseUrl:
      childText(element, 'wp:base_blog_url') || childText(element, 'wp:base_site_url') || childText(element, 'link'),
  }
}

export function authorOf(element: XmlElement): WxrAuthor {
  return wxrAuthorSchema.parse({
    login: childText(element, 'wp:author_login'),
    email: childText(element, 'wp:author_email'),
    displayName: childText(element, 'wp:author_display_name'),
    firstName: childText(element, 'wp:author_first_name'),
    lastName: childText(element, 'wp:author_last_name'),
  })
}

/** An item of the export; throws a ZodError naming the field when the item is not readable. */
export function itemOf(element: XmlElement): WxrItem {
  const meta: Record<string, string[]> = {}
  for (const entry of childrenNamed(element, 'wp:postmeta')) {
    const key = childText(entry, 'wp:meta_key')
    if (key) (meta[key] ??= []).push(childText(entry, 'wp:meta_value'))
  }
  const terms = (domain: string) =>
    childrenNamed(element, 'category')
      .filter((category) => category.attributes.domain === domain)
      .map((category) => category.text.trim())
  return wxrItemSchema.parse({
    postId: childText(element, 'wp:post_id'),
    // WordPress keeps titles and excerpts with their entities (&amp;, &#8217;) and excerpts may hold tags.
    title: plainTextOfHtml(childText(element, 'title')),
    link: childText(element, 'link'),
    guid: childText(element, 'guid'),
    creator: childText(element, 'dc:creator'),
    // Not trimmed: the classic editor's paragraphs are blank lines.
    content: element.children.find((child) => child.name === 'content:encoded')?.text ?? '',
    excerpt: plainTextOfHtml(childText(element, 'excerpt:encoded')),
    date: childText(element, 'wp:post_date_gmt'),
    modified: childText(element, 'wp:post_modified_gmt'),
    slug: childText(element, 'wp:post_name'),
    status: childText(element, 'wp:status'),
    postType: childText(element, 'wp:post_type'),
    parentId: childText(element, 'wp:post_parent') || '0',
    tags: terms('post_tag'),
    categories: terms('category'),
    meta,
    attachmentUrl: childText(element, 'wp:attachment_url'),
    comments: childrenNamed(element, 'wp:comment').map((comment) => ({
      id: childText(comment, 'wp:comment_id'),
      author: plainTextOfHtml(childText(comment, 'wp:comment_author')),
      authorEmail: childText(comment, 'wp:comment_author_email'),
      date: childText(comment, 'wp:comment_date_gmt'),
      // Comments on WordPress may hold a few tags (links, emphasis); here a comment is plain text.
      content: plainTextOfHtml(comment.children.find((child) => child.name === 'wp:comment_content')?.text ?? ''),
      approved: childText(comment, 'wp:comment_approved'),
      type: childText(comment, 'wp:comment_type'),
      parentId: childText(comment, 'wp:comment_parent') || '0',
    })),
  })
}

export type WxrEntry =
  | { kind: 'site'; site: WxrSite }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'item'; item: WxrItem }
  | { kind: 'unreadable'; what: string; reason: string }

/** The records as typed entries; an unreadable one is reported and the rest still read. */
export async function* wxrEntries(records: AsyncIterable<WxrRecord>): AsyncGenerator<WxrEntry> {
  for await (const record of records) {
    try {
      if (record.kind === 'site') yield { kind: 'site', site: siteOf(record.element) }
      else if (record.kind === 'author') yield { kind: 'author', author: authorOf(record.element) }
      else yield { kind: 'item', item: itemOf(record.element) }
    } catch (error) {
      const what = record.kind === 'item' ? `item "${childText(record.element, 'title')}"` : record.kind
      const reason =
        error instanceof z.ZodError
          ? error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')
          : String(error)
      yield { kind: 'unreadable', what, reason }
    }
  }
}
