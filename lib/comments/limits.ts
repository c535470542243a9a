/** Limits of a reader's comment, shared by the collection, the form and its validation. */
export const COMMENT_BODY_MAX = 5000
export const COMMENT_NAME_MAX = 80
export const COMMENT_STATUSES = ['pending', 'approved', 'spam'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]
