import { BlockFrame } from '@/components/guide/BlockFrame'
import { Paragraphs } from '@/components/guide/Paragraphs'
import type { BlockProps } from '@/blocks/types'

export function FaqBlock({ block, headingId }: BlockProps<'faq'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <dl className="faq">
        {(block.items ?? []).map((item, index) => (
          <div key={item.id ?? index} className="faq__item">
            <dt className="faq__question">{item.question}</dt>
            <dd className="faq__answer">
              <Paragraphs text={item.answer} />
            </dd>
          </div>
        ))}
      </dl>
    </BlockFrame>
  )
}
