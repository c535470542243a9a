import type { BlockLabels } from '@/blocks/types'

export const sectionLabels: BlockLabels = {
  singular: 'Text section',
  plural: 'Text sections',
  purpose: 'Prose with sub-headings, lists and links: what the role is, why choose it.',
}
