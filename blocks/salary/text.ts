import type { BlockText } from '@/blocks/text'

/** Figures, not prose: a salary table adds only its heading and paragraphs. */
export const salaryText: BlockText<'salary'> = () => {}
