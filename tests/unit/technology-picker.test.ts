import type { FilterOptionsProps } from 'payload'
import { technologiesOfGroupCategory } from '@/blocks/technologyGroup/technology-picker'

const filterFor = (siblingData: Record<string, unknown>) =>
  (technologiesOfGroupCategory as (props: FilterOptionsProps) => unknown)({
    siblingData,
  } as unknown as FilterOptionsProps)

describe("a technology group's picker", () => {
  it("offers the group's category", () => {
    expect(filterFor({ category: 'relational-database' })).toEqual({
      category: { equals: 'relational-database' },
    })
  })

  it('keeps offering what the group already holds, so saving an imported group still validates', () => {
    expect(
      filterFor({
        category: 'programming-language',
        technologies: [3, { id: 7 }, null],
      }),
    ).toEqual({
      or: [{ category: { equals: 'programming-language' } }, { id: { in: [3, 7] } }],
    })
  })

  it('narrows nothing for "Other" or before a category is chosen', () => {
    expect(filterFor({ category: 'other', technologies: [1] })).toBe(true)
    expect(filterFor({})).toBe(true)
  })
})
