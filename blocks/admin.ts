import type { Block } from 'payload'
import type { BlockLabels } from './types'

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Words in lines of at most `width` characters. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * The picture of a block in the admin's block picker (3:2, as Payload asks): what the block is for,
 * in words, instead of Payload's placeholder landscape. A data: URL, which the script policy allows
 * for images, so nothing is served for it.
 */
export function blockThumbnail(purpose: string): string {
  const lines = wrapWords(purpose, 26).slice(0, 6)
  const text = lines.map((line, i) => `<tspan x="32" dy="${i === 0 ? 0 : 40}">${escapeXml(line)}</tspan>`).join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320" viewBox="0 0 480 320">` +
    `<rect width="480" height="320" fill="#f3f4f6"/>` +
    `<text x="32" y="${160 - (lines.length - 1) * 20}" font-family="system-ui,sans-serif" font-size="28" fill="#1f2937">${text}</text></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/**
 * What every guide block shows editors: its name, its purpose in the block picker, and its heading
 * as the label of its row (components/admin/BlockRowLabel), so a guide's rows read like its table
 * of contents instead of "Untitled".
 */
export function blockPresentation({ singular, plural, purpose }: BlockLabels): Pick<Block, 'labels' | 'admin'> {
  return {
    labels: { singular, plural },
    admin: {
      images: { thumbnail: { url: blockThumbnail(purpose), alt: purpose } },
      components: { Label: '/components/admin/BlockRowLabel#BlockRowLabel' },
    },
  }
}
