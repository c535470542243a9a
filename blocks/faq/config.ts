import type { Block } from 'payload'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs } from '@/blocks/fields'
import { faqLabels } from './labels'

export const faqConfig: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  ...blockPresentation(faqLabels),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'items',
      type: 'array',
      labels: { singular: 'Question', plural: 'Questions' },
      fields: [
        { name: 'question', type: 'text', required: true },
        { name: 'answer', type: 'textarea', required: true },
      ],
    },
  ],
}
