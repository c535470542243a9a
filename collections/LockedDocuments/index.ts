import {
  APIError,
  Forbidden,
  Locked,
  type Access,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type Plugin,
  type PayloadRequest,
  type SanitizedConfig,
  type Where,
} from 'payload'
import { hasRole, signedIn } from '@/collections/access'
import { collectionNamed, refuseUnreadableRelationshipPaths } from '@/collections/plugins/relationshipPathGuard'

/**
 * Payload's document locks (`payload-locked-documents`: "someone is editing this"), made honest. Out
 * of the box anyone signed in could create a lock for any document, in anyone's name and dated in
 * 2099, and so keep editors out of it for good. Here a lock is always the caller's and dated by the
 * server, only someone who may change the document can lock it, and only its owner, an editor or an
 * admin can refresh or clear it (or save over it with `overrideLock`). Server code (scripts, the
 * importer: the Local API, which Payload runs with `overrideLock` on) is never held up by a lock.
 */
export const LOCKED_DOCUMENTS = 'payload-locked-documents'

/** Payload's default lock duration (checkDocumentLockStatus), for collections that set none. */
const DEFAULT_LOCK_SECONDS = 300

const clearsOthersLocks = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, 'admin', 'editor')

/** The lock's owner may refresh or release it; editors and admins may also take it over or clear it. */
export const lockOwnerOrEditors: Access = ({ req }) => {
  if (clearsOthersLocks(req)) return true
  if (req.user) return { 'user.value': { equals: req.user.id } }
  return false
}

type LockTarget = { relationTo?: unknown; value?: unknown } | null | undefined

/** Whether the caller's update rule lets them change this document (their own guide, for an author). */
async function mayUpdate(req: PayloadRequest, slug: string, id: number): Promise<boolean> {
  const collection = collectionNamed(req, slug)
  if (!collection) return false
  const rule = await collection.config.access.update({ req, id })
  if (typeof rule === 'boolean') return rule
  const where: Where = { and: [{ id: { equals: id } }, rule] }
  return (
    (await req.payload.count({ collection: collection.config.slug, where, overrideAccess: true, req })).totalDocs > 0
  )
}

/** A live lock on the document held by somebody else, if any. */
async function othersLiveLock(req: PayloadRequest, slug: string, id: number) {
  const lockDocuments = collectionNamed(req, slug)?.config.lockDocuments
  const seconds = typeof lockDocuments === 'object' ? lockDocuments.duration : DEFAULT_LOCK_SECONDS
  const { totalDocs } = await req.payload.count({
    collection: LOCKED_DOCUMENTS,
    overrideAccess: true,
    req,
    where: {
      and: [
        { 'document.relationTo': { equals: slug } },
        { 'document.value': { equals: id } },
        { 'user.value': { not_equals: req.user!.id } },
        { updatedAt: { greater_than: new Date(Date.now() - seconds * 1000).toISOString() } },
      ],
    },
  })
  return totalDocs > 0
}

/**
 * The caller's name and the server's clock on every lock written through the API; a lock only on a
 * document the caller may change, and not over somebody else's live lock unless they are an editor.
 */
export const stampLockWithCaller: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data // Server code writing its own lock.
  const now = new Date().toISOString()
  const stamped = { ...data, user: { relationTo: req.user.collection, value: req.user.id }, updatedAt: now }
  if (operation === 'update') {
    // A lock stays on the document it was taken for.
    return { ...stamped, document: originalDoc?.document, globalSlug: originalDoc?.globalSlug }
  }
  const target = data.document as LockTarget
  if (data.globalSlug) {
    throw new APIError('Only documents can be locked here: this site has no globals to lock.', 400, null, true)
  }
  const slug = typeof target?.relationTo === 'string' ? target.relationTo : undefined
  // Every collection here has numeric ids (PostgreSQL serials).
  const id = Number(target?.value)
  if (!slug || !Number.isSafeInteger(id) || id <= 0)
    throw new APIError(
      'A lock names the document it is for: {"document": {"relationTo": "guides", "value": 1}}.',
      400,
      null,
      true,
    )
  if (!(await mayUpdate(req, slug, id))) throw new Forbidden(req.t)
  if (!clearsOthersLocks(req) && (await othersLiveLock(req, slug, id))) {
    throw new Locked('Someone else is editing this document. Ask them, or an editor, to release it.')
  }
  return { ...stamped, createdAt: now }
}

/** Saving over somebody else's lock (`?overrideLock=true`) takes an editor, through REST or GraphQL. */
export const onlyEditorsOverrideLocks: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  if (req.payloadAPI === 'local' || clearsOthersLocks(req)) return args
  return { ...args, overrideLock: false }
}

/** Adds the override rule to every collection given to it (list it after plugins that add collections). */
export const lockOverrideGuard: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), onlyEditorsOverrideLocks],
    },
  })),
})

/**
 * Payload adds the locks collection while it sanitizes the config, after plugins have run, so its
 * rules are set on the sanitized config: `buildConfig(...).then(secureDocumentLocks)`.
 */
export function secureDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (!locks) return config
  locks.access = {
    ...locks.access,
    read: signedIn,
    create: signedIn,
    update: lockOwnerOrEditors,
    delete: lockOwnerOrEditors,
  }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), stampLockWithCaller]
  locks.hooks.beforeOperation = [...(locks.hooks.beforeOperation ?? []), refuseUnreadableRelationshipPaths]
  return config
}
