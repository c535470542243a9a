import type { CollectionBeforeChangeHook } from 'payload'

/** A guide published without a date gets the moment it went live, which lists sort by. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
