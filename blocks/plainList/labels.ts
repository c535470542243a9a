import type { BlockLabels } from '@/blocks/types'

export const plainListLabels: BlockLabels = {
  singular: 'List',
  plural: 'Lists',
  purpose: 'A bulleted or numbered list: benefits, qualifications, tips.',
}
