import { BlockHeading } from '../BlockHeading'
import { Paragraphs } from '../Paragraphs'
import type { BlockProps } from './types'

export function RoadmapBlock({ block, headingId }: BlockProps<'roadmap'>) {
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      <Paragraphs text={block.intro} />
      <ol className="roadmap">
        {(block.steps ?? []).map((step, index) => (
          <li key={step.id ?? index}>
            <strong>{step.title}</strong>
            {step.description ? <p>{step.description}</p> : null}
          </li>
        ))}
      </ol>
      <Paragraphs text={block.outro} />
    </section>
  )
}
