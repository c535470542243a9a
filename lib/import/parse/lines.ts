import { ImportError, MAX_DOCUMENT_BYTES, type Line } from './types'

export function normaliseLines(input: string): Line[] {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, index) => ({
      no: index + 1,
      text: text
        .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }))
}

export function assertReadable(input: string): void {
  if (Buffer.byteLength(input, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw new ImportError('The document is larger than 1 MB; split it or remove embedded images first.')
  }
  if (input.includes('\u0000') || (input.match(/\uFFFD/g)?.length ?? 0) > 8) {
    throw new ImportError(
      'This looks like a binary file (e.g. .docx or .pdf); save the document as plain text (.txt) or Markdown (.md) and import that.',
    )
  }
  if (input.replace(/^\uFEFF/, '').trim() === '') throw new ImportError('The document is empty.')
}
