import type { Block } from 'payload'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs, titledItems } from '@/blocks/fields'
import { responsibilitiesLabels } from './labels'

export const responsibilitiesConfig: Block = {
  slug: 'responsibilities',
  interfaceName: 'ResponsibilitiesBlock',
  ...blockPresentation(responsibilitiesLabels),
  fields: [
    ...heading,
    paragraphs('intro'),
    titledItems('items', {
      singular: 'Responsibility',
      plural: 'Responsibilities',
    }),
    paragraphs('outro'),
  ],
}
