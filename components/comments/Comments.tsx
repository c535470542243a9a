import type { PublicComment } from '@/lib/data/comments'
import { CommentBody } from './CommentBody'
import { CommentForm, type ReplyOption } from './CommentForm'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

/** The first letter of a commenter's name, for the round badge beside it (a whole character, emoji included). */
const initialOf = (name: string) => [...name.trim()][0]?.toUpperCase() ?? '?'

function CommentItem({ comment, replies }: { comment: PublicComment; replies: PublicComment[] }) {
  return (
    <li id={`comment-${comment.id}`}>
      <article className="comment">
        <header className="comment__meta">
          <span className="comment__avatar" aria-hidden="true">
            {initialOf(comment.authorName)}
          </span>
          <strong>{comment.authorName}</strong> ·{' '}
          <time dateTime={comment.createdAt}>{dateFormat.format(new Date(comment.createdAt))}</time>
        </header>
        <CommentBody body={comment.body} />
      </article>
      {replies.length > 0 ? (
        <ol className="comment-replies">
          {replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} replies={[]} />
          ))}
        </ol>
      ) : null}
    </li>
  )
}

const excerpt = (text: string, length = 40) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text)

/** Approved comments (one level of replies) and the form to leave one, at the end of a guide. */
export function Comments({
  guideId,
  guidePath,
  comments,
}: {
  guideId: number
  guidePath: string
  comments: PublicComment[]
}) {
  const topLevel = comments.filter((comment) => comment.parent === null)
  const repliesTo = (id: number) => comments.filter((comment) => comment.parent === id)
  const replyOptions: ReplyOption[] = topLevel.map((comment) => ({
    id: comment.id,
    label: `${comment.authorName}: “${excerpt(comment.body.replace(/\s+/g, ' '))}”`,
  }))
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{comments.length === 0 ? 'Comments' : `Comments (${comments.length})`}</h2>
      {topLevel.length === 0 ? (
        <p className="comments__empty">No comments yet.</p>
      ) : (
        <ol className="comment-list">
          {topLevel.map((comment) => (
            <CommentItem key={comment.id} comment={comment} replies={repliesTo(comment.id)} />
          ))}
        </ol>
      )}
      <div className="comment-form-panel">
        <h3 id="comment-form-heading">Leave a reply</h3>
        <p>Comments are checked by an editor before they appear. Your email address is never shown.</p>
        <CommentForm guideId={guideId} guidePath={guidePath} replyOptions={replyOptions} />
      </div>
    </section>
  )
}
