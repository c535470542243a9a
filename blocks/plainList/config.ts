import type { Block } from 'payload'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs } from '@/blocks/fields'
import { plainListLabels } from './labels'

export const plainListConfig: Block = {
  slug: 'plainList',
  interfaceName: 'PlainListBlock',
  ...blockPresentation(plainListLabels),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'ordered',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Number the items instead of using bullets.' },
    },
    {
      name: 'items',
      type: 'array',
      fields: [{ name: 'text', type: 'text', required: true }],
    },
    paragraphs('outro'),
  ],
}
