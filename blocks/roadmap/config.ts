import type { Block } from 'payload'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs, titledItems } from '@/blocks/fields'
import { roadmapLabels } from './labels'

export const roadmapConfig: Block = {
  slug: 'roadmap',
  interfaceName: 'RoadmapBlock',
  ...blockPresentation(roadmapLabels),
  fields: [
    ...heading,
    paragraphs('intro'),
    titledItems('steps', { singular: 'Step', plural: 'Steps' }),
    paragraphs('outro'),
  ],
}
