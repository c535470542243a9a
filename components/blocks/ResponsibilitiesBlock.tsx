import { BlockFrame } from '../BlockFrame'
import type { BlockProps } from './types'

export function ResponsibilitiesBlock({ block, headingId }: BlockProps<'responsibilities'>) {
  return (
    <BlockFrame
      headingId={headingId}
      heading={block.heading}
      level={block.headingLevel}
      intro={block.intro}
      outro={block.outro}
    >
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
