import { BlockHeading } from '../BlockHeading'
import { Paragraphs } from '../Paragraphs'
import type { BlockProps } from './types'

export function ResponsibilitiesBlock({ block, headingId }: BlockProps<'responsibilities'>) {
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      <Paragraphs text={block.intro} />
      <dl className="responsibilities">
        {(block.items ?? []).map((item, index) => (
          <div key={item.id ?? index}>
            <dt>{item.title}</dt>
            {item.description ? <dd>{item.description}</dd> : null}
          </div>
        ))}
      </dl>
      <Paragraphs text={block.outro} />
    </section>
  )
}
