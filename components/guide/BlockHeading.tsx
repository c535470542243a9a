type Level = '2' | '3' | '4'

/** A block's heading at its level, with an id so the table of contents and links can point at it. */
export function BlockHeading({ id, level, children }: { id: string; level: Level; children: React.ReactNode }) {
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4'
  return <Tag id={id}>{children}</Tag>
}
