import { parseFragment } from 'parse5'

/**
 * A post's HTML (block-editor markup or the classic editor's) as the text format writers deliver
 * and the guide parser reads (lib/import/parse-guide.ts): Markdown headings, one paragraph a line,
 * `- ` and `1. ` list items, links as `[label](url)`. So every format goes through one classifier,
 * which decides what each section is; nothing here guesses at technologies or salaries.
 */

/** An image of the content: the guide's blocks hold text, so the importer keeps these as Media. */
export interface ContentImage {
  src: string
  alt: string
  caption?: string
  /** WordPress's attachment ID, from the block editor's `wp-image-<id>` class. */
  attachmentId?: number
}

export interface HtmlText {
  /** The body, one block a line. */
  text: string
  /** What was left out or kept as written, for the import report. */
  notes: string[]
  images: ContentImage[]
}

interface HtmlNode {
  nodeName: string
  tagName?: string
  value?: string
  attrs?: { name: string; value: string }[]
  childNodes?: HtmlNode[]
}

const HEADING = /^h([1-6])$/
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'nav',
  'template',
])
const LINE_BREAKING = new Set(['br'])

const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value ?? ''
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()

/** `[caption id="…"]<img …> Words[/caption]`, the classic editor's figure: the image and its caption. */
const CAPTION = /\[caption\b[^\]]*\]([\s\S]*?)\[\/caption\]/gi
/** Any other shortcode: WordPress shows one it does not know as written, and so does the import. */
const SHORTCODE = /\[([a-z][\w-]*)(?:\s[^\]]*)?\/?\]/gi

export interface HtmlToTextOptions {
  /** Where a link should point instead (a post of the same import, now a guide); undefined keeps it. */
  rewriteHref?: (href: string) => string | undefined
}

export function htmlToGuideText(html: string, { rewriteHref }: HtmlToTextOptions = {}): HtmlText {
  const notes: string[] = []
  const withFigures = html.replace(CAPTION, (_, inner: string) => {
    const image = /<img\b[^>]*>/i.exec(inner)?.[0] ?? ''
    const caption = inner.replace(/<img\b[^>]*>/gi, '').trim()
    return `<figure>${image}<figcaption>${caption}</figcaption></figure>`
  })
  const shortcodes = new Set([...withFigures.matchAll(SHORTCODE)].map((match) => match[1]!.toLowerCase()))
  for (const name of shortcodes) notes.push(`Shortcode [${name}] kept as text: Careerpath has no equivalent`)

  const lines: string[] = []
  const images: ContentImage[] = []
  let figureCaption: string | undefined
  let inline = ''
  const flush = () => {
    // The classic editor separates paragraphs with blank lines instead of <p> (wpautop).
    for (const paragraph of inline.split(/\n\s*\n/)) {
      const text = squeeze(paragraph)
      if (text) lines.push(text)
    }
    inline = ''
  }
  const block = (line: string) => {
    flush()
    const text = squeeze(line)
    if (text) lines.push(text)
  }

  function inlineText(node: HtmlNode): string {
    if (node.nodeName === '#text') return node.value ?? ''
    if (node.nodeName === '#comment') return ''
    const tag = node.tagName ?? ''
    if (DROPPED.has(tag)) return ''
    if (LINE_BREAKING.has(tag)) return ' '
    if (tag === 'img') {
      const src = attr(node, 'src')
      const attachmentId = Number(/\bwp-image-(\d+)\b/.exec(attr(node, 'class'))?.[1])
      if (src)
        images.push({
          src,
          alt: squeeze(attr(node, 'alt')),
          ...(figureCaption ? { caption: figureCaption } : {}),
          ...(attachmentId ? { attachmentId } : {}),
        })
      else notes.push('An image without an address was left out')
      return ''
    }
    const inner = (node.childNodes ?? []).map(inlineText).join('')
    if (tag === 'a') {
      const href = attr(node, 'href') && (rewriteHref?.(attr(node, 'href')) ?? attr(node, 'href'))
      const label = squeeze(inner)
      return href && label && !href.startsWith('#') ? `[${label}](${href})` : inner
    }
    return inner
  }

  function list(node: HtmlNode, ordered: boolean) {
    flush()
    let number = Number(attr(node, 'start')) || 1
    for (const item of node.childNodes ?? []) {
      if (item.tagName !== 'li') continue
      const nested = (item.childNodes ?? []).filter((child) => child.tagName === 'ul' || child.tagName === 'ol')
      const own = (item.childNodes ?? []).filter((child) => !nested.includes(child))
      const text = squeeze(own.map(inlineText).join(''))
      if (text) lines.push(ordered ? `${number++}. ${text}` : `- ${text}`)
      for (const child of nested) list(child, child.tagName === 'ol')
    }
  }

  function table(node: HtmlNode) {
    flush()
    const rows: HtmlNode[] = []
    const collect = (parent: HtmlNode) => {
      for (const child of parent.childNodes ?? []) {
        if (child.tagName === 'tr') rows.push(child)
        else if (child.tagName && ['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child)
      }
    }
    collect(node)
    for (const row of rows) {
      const cells = (row.childNodes ?? []).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
      const texts = cells.map((cell) => squeeze(inlineText(cell)))
      if (cells.every((cell) => cell.tagName === 'th')) {
        notes.push(`Table heading row "${texts.join(' | ')}" read as column names`)
        continue
      }
      // "Country: amount – amount", the shape of a salary line; any other row reads the same way.
      const [first, ...rest] = texts.filter(Boolean)
      if (first) lines.push(rest.length ? `${first}: ${rest.join(' – ')}` : first)
    }
  }

  /** A description list as "term: description" lines, the shape of a quick fact (dt and dd alone become paragraphs). */
  function descriptions(node: HtmlNode) {
    flush()
    let term: string | undefined
    const items = (node.childNodes ?? []).flatMap((child) =>
      child.tagName === 'div' ? (child.childNodes ?? []) : [child],
    )
    for (const item of items) {
      const text = item.tagName === 'dt' || item.tagName === 'dd' ? squeeze(inlineText(item)) : ''
      if (!text) continue
      if (item.tagName === 'dt') {
        if (term) lines.push(term)
        term = text
      } else {
        lines.push(term ? `${term}: ${text}` : text)
        term = undefined
      }
    }
    if (term) lines.push(term)
  }

  function walk(node: HtmlNode) {
    if (node.nodeName === '#text') {
      inline += node.value ?? ''
      return
    }
    if (node.nodeName === '#comment') return
    const tag = node.tagName ?? ''
    const heading = HEADING.exec(tag)
    if (heading) return block(`${'#'.repeat(Number(heading[1]))} ${inlineText(node)}`)
    if (tag === 'p' || tag === 'pre' || tag === 'figcaption' || tag === 'dt' || tag === 'dd')
      return block(inlineText(node))
    if (tag === 'ul' || tag === 'ol') return list(node, tag === 'ol')
    if (tag === 'table') return table(node)
    if (tag === 'dl') return descriptions(node)
    if (tag === 'hr') return flush()
    if (DROPPED.has(tag)) {
      notes.push(`<${tag}> left out`)
      return
    }
    if (tag === 'img') return void inlineText(node)
    if (tag === 'figure') {
      const caption = (node.childNodes ?? []).find((child) => child.tagName === 'figcaption')
      figureCaption = caption ? squeeze(plainTextOfHtmlNode(caption)) || undefined : undefined
    }
    if (
      [
        'div',
        'section',
        'article',
        'main',
        'figure',
        'blockquote',
        'aside',
        'header',
        'footer',
        'dl',
        'details',
        'summary',
        'body',
        'center',
      ].includes(tag)
    ) {
      flush()
      for (const child of node.childNodes ?? []) walk(child)
      if (tag === 'figure') figureCaption = undefined
      return flush()
    }
    inline += inlineText(node)
  }

  const fragment = parseFragment(withFigures) as unknown as HtmlNode
  for (const child of fragment.childNodes ?? []) walk(child)
  flush()
  return { text: lines.join('\n'), notes: [...new Set(notes)], images }
}

const PARAGRAPH_LIKE = new Set([
  'p',
  'div',
  'li',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'tr',
])

/**
 * HTML as plain text for fields that hold text, not blocks (a title, an excerpt, a comment):
 * entities decoded, tags gone, a link's address kept after its words, paragraphs as blank lines and
 * line breaks kept, as WordPress shows them (wpautop).
 */
export function plainTextOfHtml(html: string): string {
  return plainTextOf((parseFragment(html) as unknown as HtmlNode).childNodes ?? [])
}

const plainTextOfHtmlNode = (node: HtmlNode) => plainTextOf(node.childNodes ?? [])

function plainTextOf(nodes: HtmlNode[]): string {
  let out = ''
  function walk(node: HtmlNode) {
    if (node.nodeName === '#text') return void (out += node.value ?? '')
    const tag = node.tagName ?? ''
    if (node.nodeName === '#comment' || DROPPED.has(tag) || tag === 'img') return
    if (tag === 'br') return void (out += '\n')
    if (PARAGRAPH_LIKE.has(tag)) out += '\n\n'
    const start = out.length
    for (const child of node.childNodes ?? []) walk(child)
    const href = tag === 'a' ? attr(node, 'href') : ''
    if (href && !href.startsWith('#') && out.slice(start).trim() !== href) out += ` (${href})`
    if (PARAGRAPH_LIKE.has(tag)) out += '\n\n'
  }
  for (const child of nodes) walk(child)
  return out
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
