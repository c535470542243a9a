import { BlockFrame } from '@/components/guide/BlockFrame'
import type { BlockProps } from '@/blocks/types'

export function ResponsibilitiesBlock({ block, headingId }: BlockProps<'responsibilities'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <dl className="responsibilities">
        {(block.items ?? []).map((item, index) => (
          <div key={item.id ?? index}>
            <dt>{item.title}</dt>
            {item.description ? <dd>{item.description}</dd> : null}
          </div>
        ))}
      </dl>
    </BlockFrame>
  )
}
