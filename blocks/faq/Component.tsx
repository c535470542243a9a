import { BlockFrame } from '@/components/guide/BlockFrame'
import type { BlockProps } from '@/blocks/types'

export function FaqBlock({ block, headingId }: BlockProps<'faq'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <dl className="faq">
        {(block.items ?? []).map((item, index) => (
          <div key={item.id ?? index}>
            <dt>{item.question}</dt>
            <dd>{item.answer}</dd>
          </div>
        ))}
      </dl>
    </BlockFrame>
  )
}
