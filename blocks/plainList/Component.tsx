import { BlockFrame } from '@/components/guide/BlockFrame'
import type { BlockProps } from '@/blocks/types'

export function PlainListBlock({ block, headingId }: BlockProps<'plainList'>) {
  const List = block.ordered ? 'ol' : 'ul'
  return (
    <BlockFrame headingId={headingId} block={block}>
      <List>
        {(block.items ?? []).map((item, index) => (
          <li key={item.id ?? index}>{item.text}</li>
        ))}
      </List>
    </BlockFrame>
  )
}
