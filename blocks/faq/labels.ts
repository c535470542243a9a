import type { BlockLabels } from '@/blocks/types'

export const faqLabels: BlockLabels = {
  singular: 'FAQ',
  plural: 'FAQs',
  purpose: 'Questions readers ask, with answers (shown as FAQ in search results).',
}
