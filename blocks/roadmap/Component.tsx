import { BlockFrame } from '@/components/guide/BlockFrame'
import type { BlockProps } from '@/blocks/types'

export function RoadmapBlock({ block, headingId }: BlockProps<'roadmap'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <ol className="roadmap">
        {(block.steps ?? []).map((step, index) => (
          <li key={step.id ?? index}>
            <strong>{step.title}</strong>
            {step.description ? <p>{step.description}</p> : null}
          </li>
        ))}
      </ol>
    </BlockFrame>
  )
}
