import type { BlockLabels } from '@/blocks/types'

export const skillListLabels: BlockLabels = {
  singular: 'Skill list',
  plural: 'Skill lists',
  purpose: 'Technical or soft skills the role needs, linked to their pages.',
}
