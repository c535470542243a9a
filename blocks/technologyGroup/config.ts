import type { Block } from 'payload'
import { TECHNOLOGY_CATEGORIES } from '@/lib/content/taxonomy'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs } from '@/blocks/fields'
import { technologiesOfGroupCategory } from './technology-picker'
import { technologyGroupLabels } from './labels'

export const technologyGroupConfig: Block = {
  slug: 'technologyGroup',
  interfaceName: 'TechnologyGroupBlock',
  ...blockPresentation(technologyGroupLabels),
  fields: [
    ...heading,
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: TECHNOLOGY_CATEGORIES.map(({ value, label }) => ({
        value,
        label,
      })),
    },
    paragraphs('intro'),
    {
      name: 'technologies',
      type: 'relationship',
      relationTo: 'technologies',
      hasMany: true,
      filterOptions: technologiesOfGroupCategory,
      admin: {
        description: 'The picker offers technologies of the group’s category; choose "Other" to see all.',
      },
    },
    paragraphs('outro'),
  ],
}
