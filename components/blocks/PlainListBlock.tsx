import { BlockFrame } from '../BlockFrame'
import type { BlockProps } from './types'

export function PlainListBlock({ block, headingId }: BlockProps<'plainList'>) {
  const List = block.ordered ? 'ol' : 'ul'
  return (
    <BlockFrame
      headingId={headingId}
      heading={block.heading}
      level={block.headingLevel}
      intro={block.intro}
      outro={block.outro}
    >
      <List>
        {(block.items ?? []).map((item, index) => (
          <li key={item.id ?? index}>{item.text}</li>
        ))}
      </List>
    </BlockFrame>
  )
}
