import type { Block } from 'payload'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs } from '@/blocks/fields'
import { skillListLabels } from './labels'

export const skillListConfig: Block = {
  slug: 'skillList',
  interfaceName: 'SkillListBlock',
  ...blockPresentation(skillListLabels),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'skills',
      type: 'relationship',
      relationTo: 'skills',
      hasMany: true,
    },
    paragraphs('outro'),
  ],
}
