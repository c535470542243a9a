import type { CollectionConfig } from 'payload'
import { editors, publishedOrSignedIn } from '../access'
import { slugField } from '../fields/slug'
import { guideBlocks } from './blocks'
import { revalidateDeletedGuide, revalidateGuide } from './hooks/revalidateGuide'
import { stampPublishedAt } from './hooks/stampPublishedAt'

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: 'Guide', plural: 'Guides' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'role', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'role', 'slug'],
  },
  access: {
    read: publishedOrSignedIn,
    create: editors,
    update: editors,
    delete: editors,
    readVersions: editors,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: false },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [stampPublishedAt],
    afterChange: [revalidateGuide],
    afterDelete: [revalidateDeletedGuide],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: { description: 'The page heading (H1), e.g. "Back-End Developer: Complete Career Guide (2026)".' },
    },
    {
      name: 'role',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The job this guide is about, e.g. "Back-End Developer".' },
    },
    slugField('title'),
    {
      name: 'excerpt',
      type: 'textarea',
      admin: { description: 'One or two sentences shown in guide lists.' },
    },
    {
      name: 'content',
      type: 'blocks',
      blocks: guideBlocks,
      admin: { initCollapsed: true },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
