import type { ParsedBlock, ParsedGuide } from '@/lib/import/schema'

/** A block's heading level, as the block stores it. */
export type HeadingLevel = '2' | '3' | '4'

export const MAX_DOCUMENT_BYTES = 1024 * 1024

export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

export interface ReportLine {
  line: number
  message: string
}

/** Where a section of the guide came from in the document, and why it became what it is. */
export interface SectionOrigin {
  /** First and last line of the document the section holds (its sub-headings included). */
  from: number
  to: number
  why: string
}

export interface ParseResult {
  guide: ParsedGuide
  /** Things an editor should look at; the guide was still produced. */
  warnings: ReportLine[]
  /** Input lines that are not in the guide, and why. */
  skipped: ReportLine[]
  /** One per block of the guide, in the same order. */
  origins: SectionOrigin[]
}

export interface Line {
  no: number
  text: string
}

export type Token =
  | { kind: 'heading'; no: number; text: string; level?: number }
  | { kind: 'paragraph'; no: number; text: string }
  | { kind: 'item'; no: number; text: string; ordered: boolean }

export interface RawSection {
  heading: string
  no: number
  /** From Markdown (`##` is 2); plain text has no levels and relies on what headings say. */
  level?: number
  body: Exclude<Token, { kind: 'heading' }>[]
}

/** A block and why it is what it is, in an editor's words. */
export interface Classified {
  block: ParsedBlock
  why: string
}
