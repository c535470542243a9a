import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

/**
 * Access rules, one small named function each, shared by every collection.
 * Anonymous readers only ever see published content; only editors and admins change it.
 */
export type Role = 'admin' | 'editor' | 'author'

export const ROLES: readonly Role[] = ['admin', 'editor', 'author']

type WithUser = Pick<PayloadRequest, 'user'>

export function hasRole(req: WithUser, ...roles: Role[]): boolean {
  const userRoles = (req.user as { roles?: Role[] | null } | null)?.roles ?? []
  return userRoles.some((role) => roles.includes(role))
}

export const anyone: Access = () => true

export const signedIn: Access = ({ req }) => Boolean(req.user)

export const admins: Access = ({ req }) => hasRole(req, 'admin')

export const editors: Access = ({ req }) => hasRole(req, 'admin', 'editor')

/** Drafts stay private: anonymous readers get a query that matches published documents only. */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}

/** Admins see every account; everyone else sees only their own. */
export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req, 'admin')

/** Anyone who writes guides: editors, admins, and authors. */
export const writers: Access = ({ req }) => hasRole(req, 'admin', 'editor', 'author')

/** Editors reach every guide; an author only the ones whose `authorPath` names them. */
const editorsOrAuthoredBySelf =
  (authorPath: string): Access =>
  ({ req }) => {
    if (hasRole(req, 'admin', 'editor')) return true
    if (hasRole(req, 'author') && req.user) return { [authorPath]: { equals: req.user.id } }
    return false
  }

/** Editors change any guide; an author only the guides they wrote. */
export const editorsOrOwnGuides: Access = editorsOrAuthoredBySelf('author')

/** The same for a guide's versions, whose fields sit under `version` (`author` there is no field). */
export const editorsOrOwnGuideVersions: Access = editorsOrAuthoredBySelf('version.author')

export const editorsOnlyField: FieldAccess = ({ req }) => hasRole(req, 'admin', 'editor')

export const signedInField: FieldAccess = ({ req }) => Boolean(req.user)

/** Authors write drafts; making something live (or changing what is live) takes an editor. */
export function canPublish(req: WithUser): boolean {
  return hasRole(req, 'admin', 'editor')
}

/** What nobody does through the API (server code does it with `overrideAccess`). */
export const nobody: Access = () => false

/** A field nobody writes through the API (set by server code with `overrideAccess`). */
export const nobodyField: FieldAccess = () => false

/** Readers see approved comments on published guides; editors see every comment. */
export const approvedOnPublishedGuidesOrEditors: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  const approved: Where = { status: { equals: 'approved' } }
  const onPublishedGuide: Where = { 'guide._status': { equals: 'published' } }
  return { and: [approved, onPublishedGuide] }
}

/** Jobs (running the queue, scheduling a publish) for editors and admins only. */
export const jobsForEditors = ({ req }: { req: PayloadRequest }) => hasRole(req, 'admin', 'editor')
