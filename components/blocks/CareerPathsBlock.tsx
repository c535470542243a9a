import Link from 'next/link'
import { guidePath } from '../../lib/site'
import { BlockHeading } from '../BlockHeading'
import { Paragraphs } from '../Paragraphs'
import type { BlockProps } from './types'

export function CareerPathsBlock({ block, headingId }: BlockProps<'careerPaths'>) {
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      <Paragraphs text={block.intro} />
      <ul>
        {(block.items ?? []).map((item, index) => (
          <li key={item.id ?? index}>
            {typeof item.guide === 'object' && item.guide ? (
              <Link href={guidePath(item.guide.slug)}>{item.title}</Link>
            ) : (
              item.title
            )}
          </li>
        ))}
      </ul>
      <Paragraphs text={block.outro} />
    </section>
  )
}
