import type { Guide } from '@/payload-types'

export type GuideBlock = NonNullable<Guide['content']>[number]
export type BlockOf<T extends GuideBlock['blockType']> = Extract<GuideBlock, { blockType: T }>

/** Props every block renderer receives: its data and the id of its heading. */
export type BlockProps<T extends GuideBlock['blockType']> = { block: BlockOf<T>; headingId: string }

/** Relationship values are ids until populated; renderers only show populated documents. */
export function populated<T extends object>(values: (number | T)[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
}
