import type { BlockLabels } from '@/blocks/types'

export const roadmapLabels: BlockLabels = {
  singular: 'Roadmap',
  plural: 'Roadmaps',
  purpose: 'Numbered steps from beginner to the role, in order.',
}
