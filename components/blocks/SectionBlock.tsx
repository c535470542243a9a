import { RichText } from '@payloadcms/richtext-lexical/react'
import { BlockHeading } from '../BlockHeading'
import type { BlockProps } from './types'

export function SectionBlock({ block, headingId }: BlockProps<'section'>) {
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      {block.content ? <RichText data={block.content} disableContainer /> : null}
    </section>
  )
}
