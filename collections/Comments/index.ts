import type { CollectionConfig, Where } from 'payload'
import { COMMENT_BODY_MAX, COMMENT_NAME_MAX, COMMENT_STATUSES } from '@/lib/comments/limits'
import { approvedOnPublishedGuidesOrEditors, editors, editorsOnlyField, nobodyField } from '@/collections/access'
import { deleteReplies } from './hooks/deleteReplies'
import { revalidateComment, revalidateDeletedComment } from './hooks/revalidateComment'
import { validateParent } from './validateParent'

/**
 * Readers' comments on guides ("Leave a Reply"). Readers never write here through the API: the form
 * at the end of a guide (lib/comments/submit.ts) validates, rate-limits and creates them as
 * pending; editors approve, mark as spam or delete them. Only approved comments are public, and a
 * commenter's email and IP hash are for editors only.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: 'Comment', plural: 'Comments' },
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['authorName', 'body', 'guide', 'status', 'moderate', 'createdAt'],
    listSearchableFields: ['authorName', 'body'],
    description: 'Readers’ comments. New comments wait here as pending until an editor approves them.',
    components: {
      beforeListTable: [
        '/components/admin/CommentStatusTabs#CommentStatusTabs',
        '/components/admin/CommentModeration#CommentBulkActions',
      ],
    },
  },
  access: {
    read: approvedOnPublishedGuidesOrEditors,
    create: editors,
    update: editors,
    delete: editors,
  },
  defaultSort: '-createdAt',
  hooks: {
    afterChange: [revalidateComment],
    afterDelete: [deleteReplies, revalidateDeletedComment],
  },
  fields: [
    {
      name: 'guide',
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      index: true,
    },
    {
      name: 'parent',
      label: 'In reply to',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      validate: validateParent,
      // One level of replies: a reply answers a top-level comment on the same guide.
      filterOptions: ({ siblingData }) => {
        const guide = (siblingData as { guide?: number | { id: number } | null }).guide
        const guideId = typeof guide === 'object' && guide ? guide.id : guide
        const where: Where[] = [{ parent: { exists: false } }]
        if (guideId) where.push({ guide: { equals: guideId } })
        return { and: where }
      },
    },
    { name: 'authorName', label: 'Name', type: 'text', required: true, maxLength: COMMENT_NAME_MAX },
    {
      name: 'email',
      type: 'email',
      required: true,
      access: { read: editorsOnlyField },
      admin: { description: 'Never shown on the site.' },
    },
    { name: 'body', label: 'Comment', type: 'textarea', required: true, maxLength: COMMENT_BODY_MAX },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
      admin: { position: 'sidebar' },
    },
    {
      // The list's one-click moderation (approve, spam, reply); nothing is stored.
      name: 'moderate',
      type: 'ui',
      admin: { components: { Cell: '/components/admin/CommentModeration#CommentModerationCell' } },
    },
    {
      name: 'ipHash',
      label: 'IP hash',
      type: 'text',
      index: true,
      access: { read: editorsOnlyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'A keyed hash of the sender’s IP address, to spot repeat senders; the address itself is not kept.',
      },
    },
  ],
}
