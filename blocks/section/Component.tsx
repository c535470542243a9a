import { RichText } from '@payloadcms/richtext-lexical/react'
import { BlockFrame } from '@/components/guide/BlockFrame'
import type { BlockProps } from '@/blocks/types'

export function SectionBlock({ block, headingId }: BlockProps<'section'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      {block.content ? <RichText data={block.content} disableContainer /> : null}
    </BlockFrame>
  )
}
