'use client'
import { toast, useAuth, useSelection } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import type { CommentStatus } from '@/lib/comments/limits'
import { useHydrated } from '@/lib/react/use-hydrated'

const idOf = (value: unknown) =>
  typeof value === 'object' && value ? (value as { id: number }).id : (value as number | null | undefined)

/** Sets the status of the given comments in one request (Payload's bulk update by `where`). */
async function setStatus(ids: readonly (number | string)[], status: CommentStatus): Promise<void> {
  const query = new URLSearchParams({ 'where[id][in]': ids.join(','), depth: '0' })
  const response = await fetch(`/api/comments?${query}`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status }),
  })
  if (!response.ok)
    throw new Error(
      ((await response.json().catch(() => null)) as { errors?: { message: string }[] } | null)?.errors?.[0]?.message ??
        `The server answered ${response.status}.`,
    )
}

const DONE: Record<CommentStatus, string> = {
  approved: 'approved',
  spam: 'marked as spam',
  pending: 'set back to pending',
}
/** "Approved", "Marked as spam": what a row shows once its status has changed. */
const doneLabel = (status: CommentStatus) => DONE[status].charAt(0).toUpperCase() + DONE[status].slice(1)
const counted = (n: number) => (n === 1 ? '1 comment' : `${n} comments`)

function useModeration() {
  const router = useRouter()
  const hydrated = useHydrated()
  const [busy, setBusy] = useState(false)
  return {
    busy: busy || !hydrated,
    /** True once the server has the new status; the list itself follows when the refresh arrives. */
    async moderate(ids: readonly (number | string)[], status: CommentStatus): Promise<boolean> {
      setBusy(true)
      try {
        await setStatus(ids, status)
        toast.success(`${counted(ids.length)} ${DONE[status]}.`)
        router.refresh()
        return true
      } catch (error) {
        toast.error(`Nothing changed: ${(error as Error).message}`)
        return false
      } finally {
        setBusy(false)
      }
    },
  }
}

/** Above the list: approve or mark as spam every selected comment at once. */
export function CommentBulkActions() {
  const { getSelectedIds, count } = useSelection()
  const { busy, moderate } = useModeration()
  if (count === 0) return null
  return (
    <div
      role="group"
      aria-label="Selected comments"
      style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', marginBottom: '1rem' }}
    >
      <span>{counted(count)} selected:</span>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        onClick={() => moderate(getSelectedIds(), 'approved')}
      >
        Approve selected
      </button>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => moderate(getSelectedIds(), 'spam')}
      >
        Mark selected as spam
      </button>
    </div>
  )
}

type CommentRow = { id: number; guide?: unknown; parent?: unknown; status?: CommentStatus; authorName?: string }

/**
 * The list's "Moderate" column: approve, mark as spam or reply, one click each. The row shows its new
 * status as soon as the server has it: the list's own refresh (a server render of the admin page)
 * can take seconds on a busy server, and an editor should not wonder whether the click counted.
 */
export function CommentModerationCell({ rowData }: DefaultCellComponentProps) {
  const row = rowData as CommentRow
  const { busy, moderate } = useModeration()
  const [replying, setReplying] = useState(false)
  // Keyed by the comment: the table may reuse this cell for another row once the list refreshes.
  const [changed, setChanged] = useState<{ id: number; status: CommentStatus }>()
  const status = changed?.id === row.id ? changed.status : row.status
  const change = async (next: CommentStatus) => {
    if (await moderate([row.id], next)) setChanged({ id: row.id, status: next })
  }
  return (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'flex-start' }}>
      {changed?.id === row.id && <span style={{ alignSelf: 'center' }}>{doneLabel(changed.status)}</span>}
      {status !== 'approved' && (
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          style={{ margin: 0 }}
          disabled={busy}
          onClick={() => change('approved')}
        >
          Approve
        </button>
      )}
      {status !== 'spam' && (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          disabled={busy}
          onClick={() => change('spam')}
        >
          Spam
        </button>
      )}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        aria-expanded={replying}
        disabled={busy}
        onClick={() => setReplying(!replying)}
      >
        Reply
      </button>
      {replying && <ReplyForm comment={row} onDone={() => setReplying(false)} />}
    </div>
  )
}

/** An editor's reply, published at once under the comment (or under its top-level comment: replies go one level deep). */
function ReplyForm({ comment, onDone }: { comment: CommentRow; onDone: () => void }) {
  const { user } = useAuth<{ email: string; name?: string | null }>()
  const router = useRouter()
  const [body, setBody] = useState('')
  const [sending, setSending] = useState(false)
  async function send(event: FormEvent) {
    event.preventDefault()
    setSending(true)
    const response = await fetch('/api/comments', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        guide: idOf(comment.guide),
        parent: idOf(comment.parent) ?? comment.id,
        authorName: user?.name || 'Careerpath editors',
        email: user?.email,
        body,
        status: 'approved',
      }),
    })
    setSending(false)
    if (!response.ok) {
      const message = ((await response.json().catch(() => null)) as { errors?: { message: string }[] } | null)
        ?.errors?.[0]?.message
      toast.error(`The reply was not sent: ${message ?? `the server answered ${response.status}`}`)
      return
    }
    toast.success(`Reply to ${comment.authorName ?? 'the comment'} published.`)
    onDone()
    router.refresh()
  }
  const fieldId = `reply-${comment.id}`
  return (
    <form onSubmit={send} style={{ display: 'grid', gap: '0.5rem', width: '100%' }}>
      <label htmlFor={fieldId}>Your reply (published at once)</label>
      <textarea id={fieldId} required rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
      <button
        type="submit"
        className="btn btn--style-primary btn--size-small"
        style={{ margin: 0, justifySelf: 'start' }}
        disabled={sending || !body.trim()}
      >
        Send reply
      </button>
    </form>
  )
}
