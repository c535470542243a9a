import type { Block } from 'payload'
import { editableRichText } from '@/lib/content/lexical'
import { blockPresentation } from '@/blocks/admin'
import { heading } from '@/blocks/fields'
import { sectionLabels } from './labels'

export const sectionConfig: Block = {
  slug: 'section',
  interfaceName: 'SectionBlock',
  ...blockPresentation(sectionLabels),
  fields: [
    ...heading,
    // An empty root stops Lexical loading the edit view (its error #38): mended when read and saved.
    {
      name: 'content',
      type: 'richText',
      hooks: {
        afterRead: [({ value }) => editableRichText(value)],
        beforeChange: [({ value }) => editableRichText(value)],
      },
    },
  ],
}
