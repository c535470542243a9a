import type { CommentField, CommentFormValues } from './submit'

/** What the comment form shows after a submission: the outcome, and the reader's text on an error. */
export interface CommentFormState {
  status: 'idle' | 'sent' | 'error'
  message?: string
  fieldErrors?: Partial<Record<CommentField, string>>
  values?: Partial<CommentFormValues>
}

export const initialCommentFormState: CommentFormState = { status: 'idle' }
