import { BlockHeading } from '../BlockHeading'
import type { BlockProps } from './types'

export function FaqBlock({ block, headingId }: BlockProps<'faq'>) {
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      <dl className="faq">
        {(block.items ?? []).map((item, index) => (
          <div key={item.id ?? index}>
            <dt>{item.question}</dt>
            <dd>{item.answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
