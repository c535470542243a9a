import { BlockHeading } from './BlockHeading'
import { Paragraphs } from './Paragraphs'

/** What every guide block shares: a labelled section, its heading, and the writer's paragraphs around the content. */
export function BlockFrame({
  headingId,
  heading,
  level,
  intro,
  outro,
  children,
}: {
  headingId: string
  heading: string
  level: '2' | '3' | '4'
  intro?: string | null
  outro?: string | null
  children: React.ReactNode
}) {
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={level}>
        {heading}
      </BlockHeading>
      <Paragraphs text={intro} />
      {children}
      <Paragraphs text={outro} />
    </section>
  )
}
