import type { BlockLabels } from '@/blocks/types'

export const careerPathsLabels: BlockLabels = {
  singular: 'Career paths',
  plural: 'Career paths',
  purpose: 'Roles this one leads to, linked to their guides.',
}
