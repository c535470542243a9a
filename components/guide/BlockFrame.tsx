import { BlockHeading } from './BlockHeading'
import { Paragraphs } from './Paragraphs'

/** What every guide block shares: a labelled section, its heading, and the writer's paragraphs around the content. */
export function BlockFrame({
  headingId,
  block: { heading, headingLevel: level, intro, outro },
  children,
}: {
  headingId: string
  /** The fields every block has (a text section has no paragraphs around its rich text). */
  block: { heading: string; headingLevel: '2' | '3' | '4'; intro?: string | null; outro?: string | null }
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
