import type { CollectionBeforeChangeHook } from 'payload'

type Relation = number | { id: number } | null | undefined

function ids(values: Relation[] | null | undefined): number[] {
  return (values ?? [])
    .map((value) => (typeof value === 'object' && value ? value.id : value))
    .filter((id): id is number => typeof id === 'number')
}

/**
 * Copies the technologies and skills named anywhere in a guide's blocks into two top-level fields,
 * so that "careers that use PostgreSQL", filters and related guides are one indexed query.
 */
export const collectTaxonomy: CollectionBeforeChangeHook = ({ data }) =>
  Array.isArray(data.content) ? { ...data, ...taxonomyOf(data.content) } : data

/** The technologies and skills a guide's blocks name, each once, in the order they first appear. */
export function taxonomyOf(content: readonly object[]): { technologies: number[]; skills: number[] } {
  const blocks = content as { blockType?: string; technologies?: Relation[]; skills?: Relation[] }[]
  const technologies = [
    ...new Set(blocks.flatMap((block) => (block.blockType === 'technologyGroup' ? ids(block.technologies) : []))),
  ]
  const skills = [...new Set(blocks.flatMap((block) => (block.blockType === 'skillList' ? ids(block.skills) : [])))]
  return { technologies, skills }
}
