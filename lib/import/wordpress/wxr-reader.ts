import { open } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { SaxesParser, type SaxesTagPlain } from 'saxes'

/**
 * Reads a WordPress export (WXR, the file of Tools → Export) as a stream: the site's details, each
 * author and each item (post, page, attachment, menu item…) are handed on as soon as their element
 * closes, so a 100 MB export never sits in memory whole. The records are plain element trees; what
 * they mean is read by wxr-records.ts.
 */

/** An element of the export: its attributes, its text (CDATA included) and its child elements. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  text: string
  children: XmlElement[]
}

export type WxrRecord =
  | { kind: 'site'; element: XmlElement }
  | { kind: 'author'; element: XmlElement }
  | { kind: 'item'; element: XmlElement }

export class WxrFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WxrFormatError'
  }
}

const RECORDS: Record<string, WxrRecord['kind']> = { item: 'item', 'wp:author': 'author' }

/** Site details: the channel's own children, up to its first author or item. */
const SITE_FIELDS = new Set([
  'title',
  'link',
  'description',
  'language',
  'wp:wxr_version',
  'wp:base_site_url',
  'wp:base_blog_url',
])

/**
 * A copy of the text that shares no memory with the parser's chunk: V8 keeps a substring as a view
 * of the string it came from, so a 20-character slug would keep a whole 64 KiB chunk alive for as
 * long as the import remembers it (an 84 MB export ran out of a 160 MB heap).
 */
const detached = (text: string) => (text === '' ? '' : Buffer.from(text, 'utf8').toString('utf8'))

export async function* readWxr(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: false })
  const decoder = new StringDecoder('utf8') // a chunk may end inside a character
  const ready: WxrRecord[] = []
  const path: string[] = [] // every open element's name
  const building: XmlElement[] = [] // the record being read, outermost first
  const site: XmlElement = { name: 'site', attributes: {}, text: '', children: [] }
  let sawChannel = false
  let siteSent = false
  const sendSite = () => {
    if (!siteSent) ready.push({ kind: 'site', element: site })
    siteSent = true
  }

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parentName = path.at(-1)
    path.push(tag.name)
    if (tag.name === 'channel') sawChannel = true
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      children: [],
    }
    const parent = building.at(-1)
    if (parent) {
      parent.children.push(element)
      building.push(element)
    } else if (parentName === 'channel' && (RECORDS[tag.name] || SITE_FIELDS.has(tag.name))) {
      building.push(element)
    }
  })
  const addText = (text: string) => {
    const current = building.at(-1)
    if (current) current.text += text
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', () => {
    path.pop()
    const element = building.pop()
    if (element) element.text = detached(element.text)
    if (!element || building.length > 0) return
    const kind = RECORDS[element.name]
    if (kind) {
      sendSite()
      ready.push({ kind, element })
    } else {
      site.children.push(element)
    }
  })

  let failure: Error | undefined
  parser.on('error', (error) => {
    failure ??= error
  })
  const check = () => {
    if (failure) throw new WxrFormatError(`Not a readable WordPress export: ${failure.message}`)
  }

  for await (const chunk of chunks) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk))
    check()
    yield* ready.splice(0)
  }
  parser.write(decoder.end())
  parser.close()
  check()
  if (!sawChannel) throw new WxrFormatError('Not a WordPress export: no <channel> element (WXR is RSS 2.0).')
  sendSite()
  yield* ready.splice(0)
}

/** The text of the first child called `name`, trimmed; '' when there is none. */
export function childText(element: XmlElement, name: string): string {
  return element.children.find((child) => child.name === name)?.text.trim() ?? ''
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name)
}

/** Whether a file is a WordPress export, by its first bytes rather than its name. */
export async function looksLikeWxr(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0)
    return isWxrStart(buffer.subarray(0, bytesRead).toString('utf8'))
  } finally {
    await handle.close()
  }
}

export function isWxrStart(start: string): boolean {
  return /<rss\b/.test(start) && /xmlns:wp="http:\/\/wordpress\.org\/export\//.test(start)
}
