import mammoth from 'mammoth'
import { ImportError, MAX_DOCUMENT_BYTES } from '@/lib/import/parse-guide'
import { htmlToGuideText } from '@/lib/import/wordpress/html-to-text'
import { isWxrStart } from '@/lib/import/wordpress/wxr-reader'
import { unzippedBytes } from '@/lib/import/zip-size'

/**
 * What a file given to the importer is, by its content rather than its name, and its text in the
 * writers' format for the one guide parser: plain text and Markdown as they are; Word (.docx, also
 * what Google Docs downloads) through mammoth, which reads headings from paragraph styles; HTML
 * (a saved page, a Google Docs export, what a browser copies) through the same mapping as a
 * WordPress post's content. A WordPress export holds many guides and is imported on its own path.
 */

/** A Word file's parts, unpacked, at most: text and styles are a few megabytes even with a few images. */
const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024

export type DocumentFormat = 'text' | 'docx' | 'html' | 'wordpress'

/** A Word file is a ZIP (PK\x03\x04) whose entries include word/document.xml. */
function isDocx(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && bytes.includes('word/document.xml')
}

const HTML_START =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<(?:h[1-6]|p|div|article|section|ul|ol|table)[\s>])/i

export function documentFormatOf(bytes: Buffer): DocumentFormat {
  if (isDocx(bytes)) return 'docx'
  const start = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
  if (/^\s*<\?xml/.test(start) || /^\s*<rss\b/.test(start)) {
    if (isWxrStart(start)) return 'wordpress'
    throw new ImportError('This XML file is not a WordPress export (Tools → Export in WordPress writes one).')
  }
  return HTML_START.test(start) ? 'html' : 'text'
}

/** A saved page's readable part: its <main> or <article> when it has one, else its <body>. */
function readablePart(html: string): string {
  for (const tag of ['main', 'article', 'body']) {
    const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*)</${tag}>`, 'i').exec(html)
    if (match) return match[1]!
  }
  return html
}

export interface DocumentText {
  format: Exclude<DocumentFormat, 'wordpress'>
  text: string
  /** What the conversion left out or changed, for the import report. */
  notes: string[]
}

export async function documentText(bytes: Buffer): Promise<DocumentText> {
  const format = documentFormatOf(bytes)
  if (format === 'wordpress')
    throw new ImportError(
      'This is a WordPress export of a whole site: upload it under “A whole WordPress site” below, or import it with npm run import -- <file>.',
    )
  if (format === 'text') return { format, text: bytes.toString('utf8'), notes: [] }
  let html: string
  const notes: string[] = []
  if (format === 'docx') {
    const unzipped = unzippedBytes(bytes, MAX_UNZIPPED_BYTES)
    if (unzipped === undefined || unzipped > MAX_UNZIPPED_BYTES)
      throw new ImportError(
        unzipped === undefined
          ? 'This Word file is damaged: its table of contents cannot be read. Save it again from Word and retry.'
          : 'This Word file unpacks to more than 50 MB; remove large images or split the document.',
      )
    let images = 0
    try {
      const result = await mammoth.convertToHtml(
        { buffer: bytes },
        {
          // Images are counted and left out here (they would arrive inline as data: URLs).
          convertImage: mammoth.images.imgElement(async () => {
            images++
            return { src: '' }
          }),
        },
      )
      html = result.value
      // Styles mammoth has no mapping for are the normal case (Body Text, Compact…), not news to an editor.
      for (const message of result.messages)
        if (message.type === 'warning' && !message.message.startsWith('Unrecognised paragraph style'))
          notes.push(message.message)
    } catch (error) {
      throw new ImportError(`This Word file could not be read: ${(error as Error).message}`)
    }
    if (images) notes.push(`${images} image${images === 1 ? '' : 's'} in the document not imported`)
  } else {
    html = readablePart(bytes.toString('utf8'))
  }
  if (Buffer.byteLength(html, 'utf8') > 8 * MAX_DOCUMENT_BYTES)
    throw new ImportError('The document is larger than the importer reads; split it or remove embedded images first.')
  const converted = htmlToGuideText(html)
  // The Word file's images are counted above; the HTML's are reported by address.
  const htmlNotes = converted.notes.filter((note) => format !== 'docx' || !note.startsWith('Image '))
  return { format, text: converted.text, notes: [...notes, ...htmlNotes] }
}
