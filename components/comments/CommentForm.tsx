'use client'

import { useActionState, useEffect, useRef } from 'react'
import { postComment } from '@/lib/comments/post-comment-action'
import { initialCommentFormState } from '@/lib/comments/form-state'
import { COMMENT_BODY_MAX, COMMENT_NAME_MAX } from '@/lib/comments/limits'
import type { CommentField } from '@/lib/comments/submit'

export interface ReplyOption {
  id: number
  label: string
}

/**
 * The "Leave a reply" form. A Server Action with `useActionState` posts it with JavaScript or
 * without (a plain form POST answered by the re-rendered page), and what the reader typed comes back
 * with any error. JavaScript only adds the time-to-submit stamp and keeps the page in place.
 */
export function CommentForm({
  guideId,
  guidePath,
  replyOptions,
}: {
  guideId: number
  guidePath: string
  replyOptions: ReplyOption[]
}) {
  // The permalink becomes the form's `action` (the guide's address) for a post made before
  // JavaScript loads; without one React writes `action=""`, which HTML does not allow.
  const [state, formAction, pending] = useActionState(postComment, initialCommentFormState, guidePath)
  // When the reader began (again, after each answer): written straight into the hidden field, since
  // the server-rendered page may be a cached copy rendered long before.
  const startedAt = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (startedAt.current) startedAt.current.value = String(Date.now())
  }, [state])

  const values = state.values ?? {}
  const error = (field: CommentField) => state.fieldErrors?.[field]
  const describedBy = (field: CommentField, hint?: string) =>
    [hint, error(field) ? `comment-${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const fieldError = (field: CommentField) =>
    error(field) ? (
      <p id={`comment-${field}-error`} className="field-error">
        {error(field)}
      </p>
    ) : null

  return (
    <form action={formAction} className="comment-form" aria-labelledby="comment-form-heading">
      {state.message ? (
        <p
          role={state.status === 'error' ? 'alert' : 'status'}
          className={state.status === 'error' ? 'form-message form-message--error' : 'form-message'}
        >
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="guide" value={guideId} />
      <input ref={startedAt} type="hidden" name="startedAt" defaultValue="" />
      {replyOptions.length > 0 ? (
        <div className="field">
          <label htmlFor="comment-parent">In reply to</label>
          <select
            id="comment-parent"
            name="parent"
            defaultValue={values.parent ?? ''}
            aria-invalid={error('parent') ? true : undefined}
            aria-describedby={describedBy('parent')}
          >
            <option value="">Nobody: a new comment</option>
            {replyOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          {fieldError('parent')}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="comment-body">Comment</label>
        <textarea
          id="comment-body"
          name="body"
          rows={6}
          required
          maxLength={COMMENT_BODY_MAX}
          defaultValue={values.body ?? ''}
          aria-invalid={error('body') ? true : undefined}
          aria-describedby={describedBy('body', 'comment-body-hint')}
        />
        <p id="comment-body-hint" className="field-hint">
          Plain text, up to {COMMENT_BODY_MAX.toLocaleString('en')} characters. Web addresses become links.
        </p>
        {fieldError('body')}
      </div>
      <div className="field">
        <label htmlFor="comment-name">Name</label>
        <input
          id="comment-name"
          name="authorName"
          type="text"
          required
          maxLength={COMMENT_NAME_MAX}
          autoComplete="name"
          defaultValue={values.authorName ?? ''}
          aria-invalid={error('authorName') ? true : undefined}
          aria-describedby={describedBy('authorName')}
        />
        {fieldError('authorName')}
      </div>
      <div className="field">
        <label htmlFor="comment-email">Email</label>
        <input
          id="comment-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={values.email ?? ''}
          aria-invalid={error('email') ? true : undefined}
          aria-describedby={describedBy('email', 'comment-email-hint')}
        />
        <p id="comment-email-hint" className="field-hint">
          Never shown on the site.
        </p>
        {fieldError('email')}
      </div>
      {/* For bots that fill in every field; people never see it. */}
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor="comment-website">Leave this field empty</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Post comment'}
      </button>
    </form>
  )
}
