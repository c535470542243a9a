import { randomBytes } from 'node:crypto'
import { ValidationError, type Payload, type PayloadRequest } from 'payload'
import { COMMENT_NAME_MAX } from '@/lib/comments/limits'
import { redirectPathToDocument } from '@/collections/Redirects/redirect-to-document'
import { ImportError, parseGuideText, type ParseResult } from '@/lib/import/parse-guide'
import { ensurePerson } from '@/lib/import/people'
import { writeGuide } from '@/lib/import/write-guide'
import { slugify } from '@/lib/content/slug'
import { attachmentOf, MediaImporter, type Attachments, type ImageRef, type ImageSources } from './media'
import { decisionFor, postDocument, type LinkTargets } from './post-document'
import { wxrEntries, type WxrAuthor, type WxrComment, type WxrItem, type WxrSite } from './wxr-posts'
import { readWxr } from './wxr-reader'

/**
 * A whole WordPress site from its export: each post becomes a guide through the same parser as a
 * writer's document, WordPress's authors become accounts that cannot sign in until an admin
 * invites them (and author profiles linked to those accounts, named in the guides' bylines),
 * comments keep their state and threads, and the post's old addresses redirect to the guide. Each
 * post is written on its own, matched by its slug, so a run that stopped half-way is started again
 * and a second run of the same export changes nothing.
 */

export interface PostReport {
  title: string
  slug?: string
  outcome: 'created' | 'updated' | 'would import' | 'skipped' | 'failed'
  why?: string
  published?: boolean
  scheduledFor?: string
  sections?: number
  comments?: { created: number; existing: number }
  redirects?: string[]
  /** Its featured image and the images of its content, as Media. */
  images?: { saved: number; missing: number }
  notes: string[]
}

export interface WxrReport {
  site?: WxrSite
  posts: PostReport[]
  /** Items that are not posts (pages, attachments, menu items…), counted by type. */
  skippedTypes: Record<string, number>
  authors: { created: number; existing: number; notCreated?: string }
  comments: { created: number; existing: number; skipped: Record<string, number> }
  media: { created: number; existing: number; missing: number }
}

export interface WxrImportOptions {
  /** Parse and report only; nothing is written. */
  dryRun?: boolean
  /** Where images come from; by default fetched from their addresses. */
  images?: ImageSources
  onPost?: (report: PostReport) => void
}

/** What the site readers see of an address: its path, without the host or a trailing slash. */
function pathOf(url: string, site: WxrSite): string | undefined {
  try {
    const parsed = new URL(url, site.baseUrl || 'http://wordpress.invalid')
    const path = decodeURIComponent(parsed.pathname).replace(/\/+$/, '')
    return path && path !== '/' ? path : undefined
  } catch {
    return undefined
  }
}

/** The paths the post was reachable at on WordPress: its permalink, and the same with each old slug. */
export function oldPathsOf(item: WxrItem, site: WxrSite): string[] {
  const permalink = pathOf(item.link, site)
  const paths = new Set<string>()
  if (permalink) {
    paths.add(permalink)
    for (const oldSlug of item.meta._wp_old_slug ?? []) {
      if (oldSlug && item.slug && permalink.endsWith(`/${item.slug}`))
        paths.add(`${permalink.slice(0, -item.slug.length)}${oldSlug}`)
    }
  }
  return [...paths]
}

/**
 * The path `/?p=<id>` is rewritten to (next.config.ts): WordPress's address of every post whatever
 * the permalink settings, kept as a redirect like any other old path.
 */
export const wordPressIdPath = (postId: number) => `/wordpress-post/${postId}`

/** The slug the parser gives a post: its WordPress slug, else its title's. */
const slugOfPost = (item: WxrItem) => slugify(item.slug || item.title)

/** The identity an imported post keeps on its guide: its GUID, which WordPress never changes. */
const importedFromOf = (item: WxrItem) => `wordpress:${item.guid || `post-${item.postId}`}`

/**
 * First pass: every address each importable post had and its guide's path, and the export's
 * attachments (WordPress writes them by ID, often after the posts that show them).
 */
async function firstPass(
  chunks: AsyncIterable<string | Buffer>,
): Promise<{ links: LinkTargets; attachments: Attachments }> {
  const targets: LinkTargets = new Map()
  const attachments: Attachments = new Map()
  let site: WxrSite = { title: '', baseUrl: '' }
  for await (const entry of wxrEntries(readWxr(chunks))) {
    if (entry.kind === 'site') site = entry.site
    const attachment = entry.kind === 'item' ? attachmentOf(entry.item) : undefined
    if (attachment) attachments.set(attachment.postId, attachment)
    if (entry.kind !== 'item' || !decisionFor(entry.item).import) continue
    const guidePath = `/guides/${slugOfPost(entry.item)}`
    for (const path of oldPathsOf(entry.item, site)) targets.set(path, guidePath)
    targets.set(`?p=${entry.item.postId}`, guidePath)
  }
  return { links: targets, attachments }
}

/** Where a comment goes: `1` approved, `0` pending; spam, trash, pingbacks and trackbacks are left out. */
export function commentFate(
  comment: WxrComment,
): { keep: true; status: 'approved' | 'pending' } | { keep: false; why: string } {
  if (comment.type === 'pingback' || comment.type === 'trackback') return { keep: false, why: comment.type }
  if (comment.approved === '1') return { keep: true, status: 'approved' }
  if (comment.approved === '0') return { keep: true, status: 'pending' }
  return { keep: false, why: comment.approved || 'unknown status' }
}

const NO_EMAIL = 'no-email@wordpress-import.invalid'

const displayNameOf = (author: WxrAuthor) =>
  author.displayName || [author.firstName, author.lastName].filter(Boolean).join(' ') || author.login

/** WordPress's authors' accounts and author profiles, by login. */
interface AuthorIds {
  accounts: Map<string, number>
  profiles: Map<string, number>
}

/** Each author's public profile, linked to their account when they have one (lib/import/people.ts). */
async function ensureProfiles(payload: Payload, authors: WxrAuthor[], accounts: Map<string, number>) {
  const profiles = new Map<string, number>()
  for (const author of authors) {
    const person = await ensurePerson(payload, {}, { name: displayNameOf(author), account: accounts.get(author.login) })
    if (person) profiles.set(author.login, person.id)
  }
  return profiles
}

async function ensureAuthors(payload: Payload, authors: WxrAuthor[], report: WxrReport): Promise<AuthorIds> {
  const accounts = await ensureAccounts(payload, authors, report)
  return { accounts, profiles: await ensureProfiles(payload, authors, accounts) }
}

async function ensureAccounts(payload: Payload, authors: WxrAuthor[], report: WxrReport): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  const anyone = await payload.count({ collection: 'users', overrideAccess: true })
  // The site's first account becomes its admin (collections/Users.ts): never one made by an import.
  if (anyone.totalDocs === 0) {
    if (authors.length)
      report.authors.notCreated = 'no account exists yet: create the admin first (npm run create-admin)'
    return ids
  }
  for (const author of authors) {
    if (!author.email) continue
    const email = author.email.toLowerCase()
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      ids.set(author.login, existing.docs[0].id)
      report.authors.existing++
      continue
    }
    const name = displayNameOf(author)
    // A password nobody knows: the account signs in once an admin sends it a reset link.
    const created = await payload.create({
      collection: 'users',
      data: { email, name, roles: ['author'], password: randomBytes(32).toString('base64url') },
      overrideAccess: true,
    })
    ids.set(author.login, created.id)
    report.authors.created++
  }
  return ids
}

async function importComments(payload: Payload, guideId: number, comments: WxrComment[], report: WxrReport) {
  const counts = { created: 0, existing: 0 }
  const byWordPressId = new Map(comments.map((comment) => [comment.id, comment]))
  const saved = new Map<number, number>() // WordPress comment ID -> Careerpath comment ID
  // Parents before replies: WordPress IDs grow with time.
  for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
    const fate = commentFate(comment)
    if (!fate.keep) {
      report.comments.skipped[fate.why] = (report.comments.skipped[fate.why] ?? 0) + 1
      continue
    }
    // Replies go one level deep here: a deeper reply answers the thread's first comment.
    let top = comment
    while (top.parentId && byWordPressId.has(top.parentId)) top = byWordPressId.get(top.parentId)!
    const parent = top === comment ? undefined : saved.get(top.id)
    const createdAt = (comment.date ?? new Date()).toISOString()
    const existing = await payload.find({
      collection: 'comments',
      where: {
        and: [
          { guide: { equals: guideId } },
          { createdAt: { equals: createdAt } },
          { authorName: { equals: comment.author } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      saved.set(comment.id, existing.docs[0].id)
      counts.existing++
      continue
    }
    try {
      const created = await payload.create({
        collection: 'comments',
        data: {
          guide: guideId,
          parent,
          authorName: (comment.author || 'Anonymous').slice(0, COMMENT_NAME_MAX),
          email: /^[^\s@]+@[^\s@]+$/.test(comment.authorEmail) ? comment.authorEmail : NO_EMAIL,
          body: comment.content,
          status: fate.status,
          createdAt,
        },
        overrideAccess: true,
      })
      saved.set(comment.id, created.id)
      counts.created++
    } catch (error) {
      // One comment the site cannot hold (an empty or over-long body) is reported, not the post's end.
      if (!(error instanceof ValidationError)) throw error
      const why = `not valid here: ${error.message}`
      report.comments.skipped[why] = (report.comments.skipped[why] ?? 0) + 1
    }
  }
  report.comments.created += counts.created
  report.comments.existing += counts.existing
  return counts
}

/** Whether the guide already waits for a scheduled publish (a second run queues no second one). */
async function publishIsScheduled(payload: Payload, guideId: number): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.some((job) => {
    const doc = (job.input as { doc?: { value?: unknown } } | undefined)?.doc
    return (
      String(typeof doc?.value === 'object' && doc.value ? (doc.value as { id: unknown }).id : doc?.value) ===
      String(guideId)
    )
  })
}

interface ImportRun {
  payload: Payload | undefined
  site: WxrSite
  authorIds: AuthorIds
  links: LinkTargets
  attachments: Attachments
  media: MediaImporter | undefined
  report: WxrReport
  options: WxrImportOptions
}

/** The post's featured image (`_thumbnail_id`) and its content's images, with what WordPress knows of each. */
export function imagesOfPost(
  item: WxrItem,
  contentImages: { src: string; alt: string; caption?: string; attachmentId?: number }[],
  attachments: Attachments,
): { featured?: ImageRef; content: ImageRef[]; notes: string[] } {
  const notes: string[] = []
  const refOf = (attachmentId: number | undefined, fallback?: { src: string; alt: string; caption?: string }) => {
    const attachment = attachmentId ? attachments.get(attachmentId) : undefined
    if (!attachment && !fallback) return undefined
    return {
      // The attachment's own file rather than a resized copy (team-300x200.jpg) the content shows.
      url: attachment?.url ?? fallback!.src,
      alt: fallback?.alt || attachment?.alt || '',
      caption: fallback?.caption || attachment?.caption || undefined,
      file: attachment?.file,
      title: attachment?.title,
    }
  }
  const thumbnailId = Number(item.meta._thumbnail_id?.[0])
  const featured = thumbnailId ? refOf(thumbnailId) : undefined
  if (thumbnailId && !featured) notes.push(`Featured image (attachment ${thumbnailId}) is not in the export`)
  const content = contentImages.map((image) => refOf(image.attachmentId, image)!)
  const unique = [...new Map(content.map((ref) => [ref.url, ref])).values()].filter((ref) => ref.url !== featured?.url)
  return { featured, content: unique, notes }
}

async function saveImages(
  media: MediaImporter,
  images: ReturnType<typeof imagesOfPost>,
  notes: string[],
): Promise<{ featuredImage?: number; saved: number; missing: number }> {
  let featuredImage: number | undefined
  let saved = 0
  let missing = 0
  for (const [index, ref] of [images.featured, ...images.content].entries()) {
    if (!ref) continue
    const outcome = await media.ensure(ref)
    if ('missing' in outcome) {
      missing++
      notes.push(`${index === 0 ? 'Featured image' : 'Image'} ${ref.url} not imported: ${outcome.missing}`)
      continue
    }
    saved++
    notes.push(...outcome.notes)
    if (index === 0) featuredImage = outcome.id
  }
  if (images.content.length)
    notes.push(
      `${images.content.length} image(s) of the content kept in Media: guides hold text blocks, so place them by hand where they belong`,
    )
  return { featuredImage, saved, missing }
}

async function importPost(
  item: WxrItem,
  { payload, site, authorIds, links, attachments, media, report, options }: ImportRun,
): Promise<PostReport> {
  const decision = decisionFor(item)
  if (!decision.import) return { title: item.title, outcome: 'skipped', why: decision.reason, notes: [] }
  const document = postDocument(item, site, links)
  let parsed: ParseResult
  try {
    parsed = parseGuideText(document.text)
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    return { title: item.title, outcome: 'failed', why: error.message, notes: document.notes }
  }
  const images = imagesOfPost(item, document.images, attachments)
  const notes = [...document.notes, ...images.notes, ...parsed.warnings.map((warning) => warning.message)]
  const scheduledFor = 'scheduledFor' in decision ? decision.scheduledFor?.toISOString() : undefined
  const base = {
    title: item.title,
    slug: parsed.guide.slug,
    published: decision.publish,
    scheduledFor,
    sections: parsed.guide.blocks.length,
    notes,
  }
  if (options.dryRun || !payload || !media) {
    const count = (images.featured ? 1 : 0) + images.content.length
    return { ...base, outcome: 'would import', redirects: oldPathsOf(item, site), images: { saved: count, missing: 0 } }
  }

  const saved = await saveImages(media, images, notes)
  const summary = await writeGuide(payload, parsed.guide, {
    publish: decision.publish,
    extra: {
      importedFrom: importedFromOf(item),
      ...(item.excerpt ? { excerpt: item.excerpt } : {}),
      ...(item.date ? { publishedAt: item.date.toISOString() } : {}),
      ...(authorIds.accounts.has(item.creator) ? { author: authorIds.accounts.get(item.creator) } : {}),
      ...(authorIds.profiles.has(item.creator) ? { authors: [authorIds.profiles.get(item.creator)!] } : {}),
      ...(saved.featuredImage ? { featuredImage: saved.featuredImage } : {}),
      meta: { canonicalUrl: document.seo.canonicalUrl, noindex: document.seo.noindex },
    },
  })
  if (scheduledFor && !(await publishIsScheduled(payload, summary.id))) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'guides', value: summary.id } },
      waitUntil: new Date(scheduledFor),
    })
  }
  const comments = await importComments(payload, summary.id, item.comments, report)
  const redirects = [...oldPathsOf(item, site), wordPressIdPath(item.postId)].filter(
    (path) => path !== `/guides/${summary.slug}`,
  )
  const req = { payload } as PayloadRequest
  for (const from of redirects) await redirectPathToDocument(req, from, 'guides', summary.id)
  return {
    ...base,
    outcome: summary.created ? 'created' : 'updated',
    comments,
    redirects,
    images: { saved: saved.saved, missing: saved.missing },
  }
}

/** Imports the export `open` reads; it is read twice (first the posts' addresses, then everything). */
export async function importWxr(
  payload: Payload | undefined,
  open: () => AsyncIterable<string | Buffer>,
  options: WxrImportOptions = {},
): Promise<WxrReport> {
  const { links, attachments } = await firstPass(open())
  const media = payload && !options.dryRun ? new MediaImporter(payload, options.images ?? { fetch: 'any' }) : undefined
  const report: WxrReport = {
    posts: [],
    skippedTypes: {},
    authors: { created: 0, existing: 0 },
    comments: { created: 0, existing: 0, skipped: {} },
    media: media?.counts ?? { created: 0, existing: 0, missing: 0 },
  }
  let site: WxrSite = { title: '', baseUrl: '' }
  const authors: WxrAuthor[] = []
  let authorIds: AuthorIds | undefined
  for await (const entry of wxrEntries(readWxr(open()))) {
    if (entry.kind === 'site') report.site = site = entry.site
    else if (entry.kind === 'author') authors.push(entry.author)
    else if (entry.kind === 'unreadable') {
      const post: PostReport = { title: entry.what, outcome: 'failed', why: entry.reason, notes: [] }
      report.posts.push(post)
      options.onPost?.(post)
    } else if (entry.item.postType === 'attachment') {
      // Attachments are the site's uploads: the ones its posts show become Media with those posts.
    } else if (entry.item.postType !== 'post') {
      const type = entry.item.postType || 'untyped'
      report.skippedTypes[type] = (report.skippedTypes[type] ?? 0) + 1
    } else {
      // WordPress writes every author before the first item.
      authorIds ??=
        payload && !options.dryRun
          ? await ensureAuthors(payload, authors, report)
          : { accounts: new Map(), profiles: new Map() }
      const run = { payload, site, authorIds, links, attachments, media, report, options }
      const post = await importPost(entry.item, run).catch((error: unknown): PostReport => {
        // A post the site refuses (its own validation) is reported; the next posts are still imported.
        if (!(error instanceof ValidationError)) throw error
        return { title: entry.item.title, outcome: 'failed', why: `not imported: ${error.message}`, notes: [] }
      })
      report.posts.push(post)
      options.onPost?.(post)
    }
  }
  return report
}
