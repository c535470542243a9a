import type { RawSection, ReportLine, Token } from './types'

/** The tokens under each heading; text before the first heading goes under an "Introduction". */
export function sectionsOf(tokens: Token[], warnings: ReportLine[]): RawSection[] {
  const sections: RawSection[] = []
  for (const token of tokens) {
    if (token.kind === 'heading') sections.push({ heading: token.text, no: token.no, level: token.level, body: [] })
    else if (sections.length === 0) {
      sections.push({ heading: 'Introduction', no: token.no, body: [token] })
      warnings.push({
        line: token.no,
        message: 'Text before the first heading was put under an "Introduction" heading',
      })
    } else sections.at(-1)!.body.push(token)
  }
  return sections
}
