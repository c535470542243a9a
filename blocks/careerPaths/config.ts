import type { Block } from 'payload'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs } from '@/blocks/fields'
import { careerPathsLabels } from './labels'

export const careerPathsConfig: Block = {
  slug: 'careerPaths',
  interfaceName: 'CareerPathsBlock',
  ...blockPresentation(careerPathsLabels),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'items',
      type: 'array',
      labels: { singular: 'Career path', plural: 'Career paths' },
      fields: [
        { name: 'title', type: 'text', required: true },
        {
          name: 'guide',
          type: 'relationship',
          relationTo: 'guides',
          admin: {
            description: 'The guide for this role, when the site has one.',
          },
        },
      ],
    },
    paragraphs('outro'),
  ],
}
