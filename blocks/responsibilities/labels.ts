import type { BlockLabels } from '@/blocks/types'

export const responsibilitiesLabels: BlockLabels = {
  singular: 'Responsibilities',
  plural: 'Responsibilities',
  purpose: 'What the job involves day to day, each with a short explanation.',
}
