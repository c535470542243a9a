import type { FilterOptions, Where } from 'payload'

type Relation = number | string | { id: number | string } | null | undefined

function ids(value: unknown): (number | string)[] {
  if (!Array.isArray(value)) return []
  return (value as Relation[]).flatMap((item) => (item == null ? [] : [typeof item === 'object' ? item.id : item]))
}

/**
 * A technology group's picker offers the technologies of the group's category, and keeps offering
 * whatever the group already holds: Payload validates saved values against the same filter, and an
 * imported group may hold a technology filed under another category (Node.js among languages).
 * "Other" narrows nothing.
 */
export const technologiesOfGroupCategory: FilterOptions = ({ siblingData }) => {
  const { category, technologies } = (siblingData ?? {}) as {
    category?: string
    technologies?: unknown
  }
  if (!category || category === 'other') return true
  const held = ids(technologies)
  const ofCategory: Where = { category: { equals: category } }
  return held.length ? { or: [ofCategory, { id: { in: held } }] } : ofCategory
}
