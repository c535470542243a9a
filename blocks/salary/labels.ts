import type { BlockLabels } from '@/blocks/types'

export const salaryLabels: BlockLabels = {
  singular: 'Salary table',
  plural: 'Salary tables',
  purpose: 'Pay by country or level, with currency, period and source.',
}
