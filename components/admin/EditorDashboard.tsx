import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'
import { editorToDo } from '@/lib/admin/dashboard'
import type { NeedsReview } from '@/lib/admin/needs-review'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Above the admin's collection cards: what needs doing today, each with the link that does it. */
export async function EditorDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const todo = await editorToDo(payload, user)
  return (
    <section aria-labelledby="todo-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="todo-heading" style={{ marginBottom: '1rem' }}>
        What needs doing
      </h2>
      <ul
        style={{
          display: 'grid',
          gap: '0.75rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
          listStyle: 'none',
          padding: 0,
          margin: 0,
        }}
      >
        <li className="card" style={{ padding: '1rem' }}>
          <Link href="/admin/collections/comments?where[status][equals]=pending">
            {plural(todo.pendingComments, 'comment awaits', 'comments await')} moderation
          </Link>
        </li>
        <li className="card" style={{ padding: '1rem' }}>
          <Link href="/admin/collections/guides?where[_status][equals]=draft">
            {plural(todo.drafts, 'guide is a draft', 'guides are drafts')} never published
          </Link>
        </li>
        <li className="card" style={{ padding: '1rem' }}>
          <strong>{plural(todo.scheduled.length, 'guide is', 'guides are')} scheduled</strong>
          {todo.scheduled.length > 0 && (
            <ul>
              {todo.scheduled.map((guide) => (
                <li key={`${guide.id}-${guide.at}`}>
                  <Link href={`/admin/collections/guides/${guide.id}`}>{guide.title}</Link> on{' '}
                  <time dateTime={guide.at}>{new Date(guide.at).toUTCString()}</time>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li className="card" style={{ padding: '1rem', display: 'block' }}>
          <strong>{plural(todo.seoProblems.length, 'guide has', 'guides have')} SEO problems</strong>{' '}
          <span>(of the {plural(todo.seoChecked, 'guide', 'guides')} edited last)</span>
          {todo.seoProblems.length > 0 && (
            <ul>
              {todo.seoProblems.slice(0, 10).map((guide) => (
                <li key={guide.id}>
                  <Link href={`/admin/collections/guides/${guide.id}`}>{guide.title}</Link>:{' '}
                  {plural(guide.problems, 'problem', 'problems')}
                </li>
              ))}
            </ul>
          )}
        </li>
        {/* The whole row, and its heading above its list: Payload's .card lays its children out in a row. */}
        <li className="card" style={{ padding: '1rem', gridColumn: '1 / -1', display: 'block' }}>
          <NeedsReviewList needsReview={todo.needsReview} />
        </li>
        <li className="card" style={{ padding: '1rem' }}>
          <Link href="/admin/import-guide">Import a guide</Link> from a writer’s document
        </li>
      </ul>
    </section>
  )
}

const age = (days: number) => (days >= 365 ? `${(days / 365).toFixed(1)} years` : plural(days, 'day', 'days'))

/** Published guides whose facts need checking, oldest first, each with what is wrong. */
function NeedsReviewList({ needsReview }: { needsReview: NeedsReview }) {
  const { guides, total } = needsReview
  return (
    <>
      <strong id="needs-review-heading">{plural(total, 'guide needs', 'guides need')} review</strong>
      {total > guides.length && <span> (the {guides.length} unchecked longest)</span>}
      {guides.length > 0 && (
        <ol aria-labelledby="needs-review-heading" style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
          {guides.map((guide) => (
            <li key={guide.id} data-needs-review={guide.id} style={{ marginBottom: '0.35rem' }}>
              <Link href={`/admin/collections/guides/${guide.id}`}>{guide.title}</Link>{' '}
              <span>
                {/* Never reviewed, the age counts from publication: "unchecked for 0 days" would read as just checked. */}
                {guide.reasons.some((reason) => reason.code === 'never-reviewed')
                  ? `· never reviewed, published ${age(guide.ageDays)} ago`
                  : `· unchecked for ${age(guide.ageDays)}`}
              </span>
              <ul style={{ margin: 0, fontSize: 13 }}>
                {guide.reasons.map((reason) => (
                  <li key={reason.code}>{reason.message}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
