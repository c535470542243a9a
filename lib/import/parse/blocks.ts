import type { TechnologyCategory } from '@/lib/content/taxonomy'
import { CATEGORY_PLURALS } from '@/lib/import/categories'
import type { ParsedBlock } from '@/lib/import/schema'
import {
  faqFromList,
  genericClassified,
  roadmapFromList,
  salaryBlock,
  splitAroundList,
  technologyBlock,
} from './builders'
import { sectionKindOf, technologyCategoryOf, type SectionKind } from './kinds'
import type { Classified, HeadingLevel, RawSection, ReportLine, SectionOrigin } from './types'
import { bodyText, sentenceIn, splitTitled, stripEndPunctuation, withoutRole } from './words'

/**
 * Sections become blocks. Some sections contain sub-headings that are their items (responsibilities,
 * FAQ questions, roadmap steps) or their groups (technical skills), until a heading of another kind
 * (or, in Markdown, of the same or a higher level) closes them.
 */
interface Container {
  kind: 'responsibilities' | 'technicalSkills' | 'faq' | 'roadmap'
  level: number
  heading: string
}

/** The blocks so far, where each came from, and the container a sub-heading may belong to. */
class Blocks {
  readonly blocks: ParsedBlock[] = []
  readonly origins: SectionOrigin[] = []
  container: Container | undefined
  databasesOpen = false

  emit(section: RawSection, { block, why }: Classified) {
    this.blocks.push(block)
    this.origins.push({ from: section.no, to: lastLineOf(section), why })
  }

  absorb(section: RawSection) {
    this.origins.at(-1)!.to = lastLineOf(section)
  }

  open(kind: Container['kind'], section: RawSection) {
    this.container = { kind, level: section.level ?? 2, heading: section.heading }
  }
}

/** What a section's heading says it is, and what its body holds. */
interface Reading {
  section: RawSection
  /** The heading without the role's name: the role's own name never decides what a section is. */
  classifiable: string
  kind: SectionKind
  category: TechnologyCategory | undefined
  /** Why a heading that names a category in the role's name alone is not a technology group. */
  roleOnly: string
}

const levelOf = (section: RawSection, fallback: number): HeadingLevel =>
  String(section.level ?? fallback) as HeadingLevel
const lastLineOf = (section: RawSection) => section.body.at(-1)?.no ?? section.no

function readSection(section: RawSection, role: string): Reading {
  const classifiable = withoutRole(section.heading, role)
  const category = technologyCategoryOf(classifiable)
  const roleOnly =
    !category && technologyCategoryOf(section.heading)
      ? ` (the role’s name “${role}” names no technology category)`
      : ''
  return { section, classifiable, kind: sectionKindOf(classifiable), category, roleOnly }
}

/**
 * Plain text has no levels: a sub-heading is one that names no section kind of its own, and in an
 * FAQ every question is one.
 */
function isNested({ section, kind }: Reading, container: Container): boolean {
  if (section.level !== undefined) return section.level > container.level
  return container.kind === 'faq' ? section.heading.endsWith('?') : kind === 'generic'
}

/** A sub-heading taken into the open container (an item, or a group); false when it starts a block of its own. */
function addToContainer(into: Blocks, container: Container, reading: Reading): boolean {
  const { section, classifiable, category } = reading
  const current = into.blocks.at(-1)
  const onlyParagraphs = section.body.length > 0 && section.body.every((token) => token.kind === 'paragraph')
  if (
    container.kind === 'responsibilities' &&
    current?.blockType === 'responsibilities' &&
    (section.body.length === 1 || (section.level !== undefined && onlyParagraphs)) &&
    onlyParagraphs
  ) {
    current.items.push({
      title: section.heading,
      description: section.body.map((token) => token.text).join('\n\n'),
    })
    into.absorb(section)
    return true
  }
  if (
    container.kind === 'faq' &&
    current?.blockType === 'faq' &&
    section.body.length > 0 &&
    (section.heading.endsWith('?') || section.level !== undefined)
  ) {
    current.items.push({
      question: section.heading.replace(/^(?:q(?:uestion)?\s*)?\d{1,3}[.):]\s*/i, ''),
      answer: bodyText(section.body),
    })
    into.absorb(section)
    return true
  }
  if (
    container.kind === 'roadmap' &&
    current?.blockType === 'roadmap' &&
    (section.level !== undefined || /^(step\s*\d+|\d+[.)])/i.test(section.heading))
  ) {
    const title = section.heading.replace(/^(step\s*\d+\s*[:.–—-]?|\d+[.)])\s*/i, '') || section.heading
    current.steps.push({ title, description: bodyText(section.body) })
    into.absorb(section)
    return true
  }
  if (container.kind !== 'technicalSkills') return false
  const isDatabasesParent =
    /^databases?$/i.test(section.heading.trim()) ||
    (!category && /databases?/i.test(classifiable) && !splitAroundList(section.body))
  if (isDatabasesParent) {
    into.emit(
      section,
      genericClassified(
        section,
        levelOf(section, 3),
        `a part of “${container.heading}” that groups the database lists after it`,
      ),
    )
    into.databasesOpen = true
    return true
  }
  if (!category) return false
  const isDatabase = category === 'relational-database' || category === 'nosql-database'
  if (!isDatabase) into.databasesOpen = false
  const because = `in “${container.heading}”, the heading names ${CATEGORY_PLURALS[category]}`
  into.emit(
    section,
    technologyBlock(section, category, levelOf(section, isDatabase && into.databasesOpen ? 4 : 3), because),
  )
  return true
}

/** What a section outside any container holds, for the builders of each kind. */
interface Start extends Reading {
  level: HeadingLevel
  list: ReturnType<typeof splitAroundList>
  paragraphs: string[]
  warnings: ReportLine[]
}

/** Each kind's block from a section that starts one; a container kind may open for the sub-headings that follow. */
const startBlock: Record<SectionKind, (into: Blocks, start: Start) => void> = {
  responsibilities(into, { section, level, list, paragraphs }) {
    if (list) {
      into.emit(section, {
        block: {
          blockType: 'responsibilities',
          heading: section.heading,
          headingLevel: level,
          intro: list.intro,
          items: list.items.map(splitTitled),
          outro: list.outro,
        },
        why: 'the heading names responsibilities; each list item is one',
      })
      return
    }
    // Items arrive as the sub-headings that follow; until then the block holds only its intro.
    into.emit(section, {
      block: {
        blockType: 'responsibilities',
        heading: section.heading,
        headingLevel: level,
        intro: paragraphs,
        items: [],
        outro: [],
      },
      why: 'the heading names responsibilities; each sub-heading is one',
    })
    into.open('responsibilities', section)
  },

  technicalSkills(into, { section, level }) {
    into.emit(
      section,
      genericClassified(
        section,
        level,
        section.body.length
          ? 'the technical skills part: lists under its sub-headings that name a technology category become technology groups'
          : 'the technical skills part, with no text of its own: its sub-sections follow',
      ),
    )
    into.open('technicalSkills', section)
  },

  softSkills(into, { section, level, list }) {
    const sentence = list ? sentenceIn(list.items) : undefined
    if (list && !sentence) {
      into.emit(section, {
        block: {
          blockType: 'skillList',
          heading: section.heading,
          headingLevel: level,
          intro: list.intro,
          skills: list.items.map((item) => ({ name: stripEndPunctuation(item), kind: 'soft' as const })),
          outro: list.outro,
        },
        why: 'the heading names soft skills',
      })
    } else
      into.emit(
        section,
        genericClassified(
          section,
          level,
          sentence
            ? `the heading names soft skills, but "${sentence}" reads as a sentence, not a skill: kept as a list`
            : undefined,
        ),
      )
  },

  careerPaths(into, { section, level, list }) {
    if (list) {
      into.emit(section, {
        block: {
          blockType: 'careerPaths',
          heading: section.heading,
          headingLevel: level,
          intro: list.intro,
          items: list.items.map(stripEndPunctuation),
          outro: list.outro,
        },
        why: 'the heading names career paths',
      })
    } else into.emit(section, genericClassified(section, level))
  },

  salary(into, { section, level, warnings }) {
    const salary = salaryBlock(section, level, warnings)
    into.emit(
      section,
      salary
        ? { block: salary, why: 'the heading names salaries and lines read as ranges' }
        : genericClassified(section, level, 'the heading names salaries, but no line reads as a range: kept as text'),
    )
  },

  roadmap(into, { section, level, paragraphs }) {
    const fromList = roadmapFromList(section, level)
    if (fromList) {
      into.emit(section, { block: fromList, why: 'the heading names a roadmap; each list item is a step' })
      return
    }
    into.emit(section, {
      block: {
        blockType: 'roadmap',
        heading: section.heading,
        headingLevel: level,
        intro: paragraphs,
        steps: [],
        outro: [],
      },
      why: 'the heading names a roadmap; each sub-heading is a step',
    })
    into.open('roadmap', section)
  },

  faq(into, { section, level, paragraphs }) {
    const fromList = faqFromList(section, level)
    if (fromList) {
      into.emit(section, {
        block: fromList,
        why: 'the heading names FAQs; each listed question is one, with the text after it as its answer',
      })
      return
    }
    into.emit(section, {
      block: { blockType: 'faq', heading: section.heading, headingLevel: level, intro: paragraphs, items: [] },
      why: 'the heading names FAQs; each question is one',
    })
    into.open('faq', section)
  },

  generic(into, { section, level, list, category, roleOnly }) {
    if (category && list)
      into.emit(section, technologyBlock(section, category, level, `the heading names ${CATEGORY_PLURALS[category]}`))
    else
      into.emit(
        section,
        genericClassified(section, level, roleOnly ? `${list ? 'a list' : 'text'}${roleOnly}` : undefined),
      )
  },
}

/** A section outside any container: the block its kind makes. */
function addBlock(into: Blocks, reading: Reading, warnings: ReportLine[]): void {
  const { section, kind } = reading
  into.container = undefined
  into.databasesOpen = false
  const level = levelOf(section, 2)
  if (section.body.length === 0 && kind === 'generic') {
    // Kept as a heading of its own, so that nothing of the document is lost; the editor decides.
    warnings.push({
      line: section.no,
      message: `Heading "${section.heading}" has no text under it; it is kept as an empty section`,
    })
    into.emit(section, genericClassified(section, level, 'a heading with no text under it'))
    return
  }
  const list = splitAroundList(section.body)
  const paragraphs = section.body.filter((token) => token.kind === 'paragraph').map((token) => token.text)
  startBlock[kind](into, { ...reading, level, list, paragraphs, warnings })
}

/** The guide's blocks, each with where it came from in the document and why it is what it is. */
export function blocksOf(sections: RawSection[], role: string, warnings: ReportLine[]) {
  const into = new Blocks()
  for (const section of sections) {
    const reading = readSection(section, role)
    const container = into.container
    if (container && isNested(reading, container) && addToContainer(into, container, reading)) continue
    addBlock(into, reading, warnings)
  }
  return { blocks: into.blocks, origins: into.origins }
}
