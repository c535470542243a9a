import { guidePath } from '@/lib/config/site'
import { BlockFrame } from '@/components/guide/BlockFrame'
import type { BlockProps } from '@/blocks/types'

export function CareerPathsBlock({ block, headingId }: BlockProps<'careerPaths'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <ul className="career-paths">
        {(block.items ?? []).map((item, index) => (
          <li key={item.id ?? index}>
            {typeof item.guide === 'object' && item.guide ? (
              <a href={guidePath(item.guide.slug)}>{item.title}</a>
            ) : (
              item.title
            )}
          </li>
        ))}
      </ul>
    </BlockFrame>
  )
}
