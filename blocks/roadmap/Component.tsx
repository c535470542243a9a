import { BlockFrame } from '@/components/guide/BlockFrame'
import type { BlockProps } from '@/blocks/types'

/** The steps as a numbered timeline: an ordered list, so the numbers are the list's own (CSS draws them on the line). */
export function RoadmapBlock({ block, headingId }: BlockProps<'roadmap'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <ol className="roadmap">
        {(block.steps ?? []).map((step, index) => (
          <li key={step.id ?? index} className="roadmap__step">
            <strong className="roadmap__title">{step.title}</strong>
            {step.description ? <p className="roadmap__description">{step.description}</p> : null}
          </li>
        ))}
      </ol>
    </BlockFrame>
  )
}
