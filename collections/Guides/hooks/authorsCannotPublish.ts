import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { canPublish } from '@/collections/access'

/**
 * Stops a writer who may not publish from publishing, or from editing a guide that is live: both
 * would change what readers see. Payload has already set `_status` to "draft" when the save is a
 * draft, so an update that leaves it unset keeps the document's current status.
 */
export const authorsCannotPublish: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (!req.user || canPublish(req)) return data
  const resultingStatus = data._status ?? (operation === 'update' ? originalDoc?._status : 'draft')
  if (resultingStatus === 'published') throw new Forbidden(req.t)
  return data
}
