import type { BlockLabels } from '@/blocks/types'

export const technologyGroupLabels: BlockLabels = {
  singular: 'Technology group',
  plural: 'Technology groups',
  purpose: 'Technologies of one kind (languages, databases), linked to their pages.',
}
