import dns from 'node:dns/promises'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'
import { isDatabaseUnavailable } from '@/lib/db/unavailable'
import type { WxrItem } from './wxr-posts'

/**
 * A WordPress site's images as Media: featured images and the images of a post's content, read
 * from a copy of `wp-content/uploads` or fetched from the site, with their alt text and caption.
 * Each is matched by the address it had on WordPress, so a second run reuses what the first made.
 */

export interface Attachment {
  postId: number
  url: string
  /** Its path under wp-content/uploads (`_wp_attached_file`), e.g. `2026/11/team.jpg`. */
  file?: string
  alt: string
  caption: string
  title: string
}

/** The export's attachments by WordPress post ID (they may come after the posts that use them). */
export type Attachments = Map<number, Attachment>

export function attachmentOf(item: WxrItem): Attachment | undefined {
  if (item.postType !== 'attachment' || !item.attachmentUrl) return undefined
  return {
    postId: item.postId,
    url: item.attachmentUrl,
    file: item.meta._wp_attached_file?.[0] || undefined,
    alt: item.meta._wp_attachment_image_alt?.[0]?.trim() ?? '',
    caption: item.excerpt.trim(),
    title: item.title.trim(),
  }
}

export interface ImageSources {
  /** A copy of the site's `wp-content/uploads` folder, looked in first. */
  uploadsDir?: string
  /**
   * Whether an image not found there is fetched from its address: `any` (the command line, run by
   * whoever runs the server), `public` (an upload through the admin: never an address inside the
   * server's own network), or `never`.
   */
  fetch: 'any' | 'public' | 'never'
}

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024
const FETCH_TIMEOUT_MS = 15_000
const MAX_REDIRECTS = 3

/** The image types Media accepts (collections/Media), by extension for files read from disk. */
const MIME_BY_EXTENSION: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

interface ImageFile {
  data: Buffer
  name: string
  mimetype: string
}

type Found = { file: ImageFile } | { missing: string }

/** Loopback, private, link-local and other addresses that are not the public internet. */
const INTERNAL = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  INTERNAL.addSubnet(address, prefix, 'ipv4')
for (const [address, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(address, prefix, 'ipv6')

export async function isInternalHost(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '')
  const addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await dns.lookup(host, { all: true })
  return addresses.some(({ address, family }) => {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
    return mapped ? INTERNAL.check(mapped, 'ipv4') : INTERNAL.check(address, family === 6 ? 'ipv6' : 'ipv4')
  })
}

const nameOf = (url: URL) => decodeURIComponent(path.posix.basename(url.pathname)) || 'image'

/** Where the file of `url` would be in a copy of wp-content/uploads; undefined outside it. */
export function uploadsPathOf(uploadsDir: string, url: string, file?: string): string | undefined {
  const relative = file ?? /\/wp-content\/uploads\/(.+)$/.exec(decodeURIComponent(new URL(url).pathname))?.[1]
  if (!relative) return undefined
  const root = path.resolve(uploadsDir)
  const full = path.resolve(root, relative)
  return full.startsWith(root + path.sep) ? full : undefined
}

async function fromUploads(uploadsDir: string, url: URL, file?: string): Promise<Found | undefined> {
  const full = uploadsPathOf(uploadsDir, url.href, file)
  if (!full) return undefined
  const data = await fs.readFile(full).catch(() => undefined)
  if (!data) return undefined
  const mimetype = MIME_BY_EXTENSION[path.extname(full).toLowerCase()]
  if (!mimetype) return { missing: `${path.extname(full) || 'this file type'} is not an image type the site keeps` }
  if (data.length > MAX_IMAGE_BYTES) return { missing: 'larger than 20 MB' }
  return { file: { data, name: path.basename(full), mimetype } }
}

async function bodyWithin(response: Response, limit: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length
    if (size > limit) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

async function fromAddress(start: URL, mode: 'any' | 'public'): Promise<Found> {
  let url = start
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { missing: 'not an http(s) address' }
    if (mode === 'public') {
      const internal = await isInternalHost(url.hostname).catch(() => undefined)
      if (internal === undefined) return { missing: `its host ${url.hostname} could not be found` }
      if (internal)
        return { missing: 'its address is inside the server’s own network, which an upload may not fetch from' }
    }
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel()
      url = new URL(location, url)
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      return { missing: `the site answered ${response.status}` }
    }
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
    const mimetype = Object.values(MIME_BY_EXTENSION).includes(type)
      ? type
      : MIME_BY_EXTENSION[path.extname(url.pathname).toLowerCase()]
    if (!mimetype) {
      await response.body?.cancel()
      return { missing: `${type || 'this file type'} is not an image type the site keeps` }
    }
    const data = await bodyWithin(response, MAX_IMAGE_BYTES)
    if (!data) return { missing: 'larger than 20 MB' }
    return { file: { data, name: nameOf(url), mimetype } }
  }
  return { missing: `more than ${MAX_REDIRECTS} redirects` }
}

export async function findImage(url: string, sources: ImageSources, file?: string): Promise<Found> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { missing: 'not a full address' }
  }
  const local = sources.uploadsDir ? await fromUploads(sources.uploadsDir, parsed, file) : undefined
  if (local) return local
  if (sources.fetch === 'never')
    return { missing: sources.uploadsDir ? 'not in the uploads folder given' : 'no uploads folder given (--uploads)' }
  try {
    return await fromAddress(parsed, sources.fetch)
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'could not be fetched'
    return { missing: `${sources.uploadsDir ? 'not in the uploads folder, and ' : ''}${reason}` }
  }
}

export interface ImageRef {
  url: string
  alt: string
  caption?: string
  /** The file under wp-content/uploads, when WordPress named it. */
  file?: string
  /** Used for the alt text when there is none (WordPress titles an upload after its file). */
  title?: string
}

export type MediaOutcome = { id: number; created: boolean; notes: string[] } | { missing: string }

/** Finds or makes the Media of each image, remembering the ones seen in this run. */
export class MediaImporter {
  private readonly seen = new Map<string, MediaOutcome>()
  readonly counts = { created: 0, existing: 0, missing: 0 }

  constructor(
    private readonly payload: Payload,
    private readonly sources: ImageSources,
  ) {}

  async ensure(ref: ImageRef): Promise<MediaOutcome> {
    const known = this.seen.get(ref.url)
    if (known) return 'id' in known ? { ...known, created: false, notes: [] } : known
    const outcome = await this.load(ref)
    if ('missing' in outcome) this.counts.missing++
    else if (outcome.created) this.counts.created++
    else this.counts.existing++
    this.seen.set(ref.url, outcome)
    return outcome
  }

  private async load(ref: ImageRef): Promise<MediaOutcome> {
    const existing = await this.payload.find({
      collection: 'media',
      where: { sourceUrl: { equals: ref.url } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) return { id: existing.docs[0].id, created: false, notes: [] }
    const found = await findImage(ref.url, this.sources, ref.file)
    if ('missing' in found) return found
    const notes: string[] = []
    let alt = ref.alt
    if (!alt) {
      alt = ref.title || path.parse(found.file.name).name.replace(/[-_]+/g, ' ')
      notes.push(`Image ${ref.url} has no alt text on WordPress: "${alt}" used; describe it in Media`)
    }
    try {
      const created = await this.payload.create({
        collection: 'media',
        data: { alt, caption: ref.caption || undefined, sourceUrl: ref.url },
        file: { ...found.file, size: found.file.data.length },
        overrideAccess: true,
      })
      return { id: created.id, created: true, notes }
    } catch (error) {
      // A file the image library cannot read (cut short, not what its name says) is one missing image, not the import's end.
      if (isDatabaseUnavailable(error)) throw error
      return { missing: `not a readable image (${error instanceof Error ? error.message : String(error)})` }
    }
  }
}
