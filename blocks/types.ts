import type { Guide } from '@/payload-types'

export type GuideBlock = NonNullable<Guide['content']>[number]
export type GuideBlockType = GuideBlock['blockType']
export type BlockOf<T extends GuideBlockType> = Extract<GuideBlock, { blockType: T }>

/** Props every block renderer receives: its data and the id of its heading. */
export type BlockProps<T extends GuideBlockType> = { block: BlockOf<T>; headingId: string }

/** A block's names in the admin and what it is for (its picture in the block picker). */
export interface BlockLabels {
  singular: string
  plural: string
  purpose: string
}

/** Relationship values are ids until populated; renderers only show populated documents. */
export function populated<T extends object>(values: (number | T)[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
}
