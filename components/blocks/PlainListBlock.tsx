import { BlockHeading } from '../BlockHeading'
import { Paragraphs } from '../Paragraphs'
import type { BlockProps } from './types'

export function PlainListBlock({ block, headingId }: BlockProps<'plainList'>) {
  const List = block.ordered ? 'ol' : 'ul'
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      <Paragraphs text={block.intro} />
      <List>
        {(block.items ?? []).map((item, index) => (
          <li key={item.id ?? index}>{item.text}</li>
        ))}
      </List>
      <Paragraphs text={block.outro} />
    </section>
  )
}
