import type { CollectionConfig } from 'payload'
import { env } from '@/lib/config/env'
import { previewPath } from '@/lib/preview/links'
import { guidePath } from '@/lib/config/site'
import {
  editors,
  editorsOnlyField,
  editorsOrOwnGuides,
  editorsOrOwnGuideVersions,
  nobodyField,
  publishedOrSignedIn,
  signedInField,
  writers,
} from '@/collections/access'
import { slugField } from '@/collections/fields/slug'
import { quickFactsField } from './fields/quickFacts'
import { guideBlocks } from '@/blocks/registry/configs'
import { importGuideEndpoint } from './endpoints/importGuide'
import { importWordPressEndpoint } from './endpoints/importWordPress'
import { countTaxonomyUse, countTaxonomyUseAfterDelete } from '@/collections/hooks/countTaxonomyUse'
import { redirectOldSlug, rememberLiveSlug } from '@/collections/hooks/redirectOldSlug'
import { authorsCannotPublish } from './hooks/authorsCannotPublish'
import { collectSearchText } from './hooks/collectSearchText'
import { collectTaxonomy } from './hooks/collectTaxonomy'
import { deleteComments } from './hooks/deleteComments'
import { revalidateDeletedGuide, revalidateGuide } from './hooks/revalidateGuide'
import { schedulePublication } from './hooks/schedulePublication'
import { stampPublishedAt } from './hooks/stampPublishedAt'

/** The page of a guide's latest draft, through the secret-checked preview route. */
const draftPreviewUrl = (slug: unknown) =>
  typeof slug === 'string' && slug ? `${env().SITE_URL}${previewPath(guidePath(slug), env().PAYLOAD_SECRET)}` : null

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: 'Guide', plural: 'Guides' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'role', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'role', 'slug'],
    preview: (doc) => draftPreviewUrl(doc.slug),
    livePreview: {
      url: ({ data }) => draftPreviewUrl(data.slug),
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
      ],
    },
  },
  access: {
    read: publishedOrSignedIn,
    create: writers,
    update: editorsOrOwnGuides,
    delete: editors,
    readVersions: editorsOrOwnGuideVersions,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  endpoints: [importGuideEndpoint, importWordPressEndpoint],
  hooks: {
    beforeChange: [authorsCannotPublish, stampPublishedAt, collectTaxonomy, collectSearchText, rememberLiveSlug],
    afterChange: [redirectOldSlug, countTaxonomyUse, revalidateGuide, schedulePublication],
    beforeDelete: [deleteComments],
    afterDelete: [countTaxonomyUseAfterDelete, revalidateDeletedGuide],
  },
  // The guide's own fields in a tab; the SEO plugin adds the SEO tab beside it (tabbedUI). The
  // sidebar fields stay outside the tabs: inside one, Payload renders them under the content, and
  // the SEO analysis ended up below every block instead of beside the fields it judges.
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Guide',
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
              name: 'featuredImage',
              type: 'upload',
              relationTo: 'media',
              admin: {
                description:
                  'Shown at the top of the guide and in guide lists, and shared on social media unless the SEO tab sets another image.',
              },
            },
            {
              name: 'content',
              type: 'blocks',
              blocks: guideBlocks,
              admin: { initCollapsed: true },
            },
          ],
        },
        { label: 'Career facts', fields: [quickFactsField] },
      ],
    },
    {
      name: 'technologies',
      type: 'relationship',
      relationTo: 'technologies',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Collected from the technology groups on save.' },
    },
    {
      name: 'skills',
      type: 'relationship',
      relationTo: 'skills',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Collected from the skill lists on save.' },
    },
    {
      // Maintained by collectSearchText; the search vector (a generated column, see migrations) reads it.
      name: 'searchText',
      type: 'textarea',
      hidden: true,
    },
    {
      name: 'seoAnalysis',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/SeoPanel#SeoPanel' } },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      // The account that created the guide; only editors reassign it, so authors cannot take over guides.
      defaultValue: ({ user }: { user?: { id: number } | null }) => user?.id,
      access: { read: signedInField, create: editorsOnlyField, update: editorsOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      // What an import matched the guide by on its next run ("wordpress:<GUID>"), so a post renamed
      // on WordPress updates its guide instead of making a second one. Written by importers only.
      name: 'importedFrom',
      type: 'text',
      index: true,
      access: { read: signedInField, create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, description: 'The imported document this guide came from.' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      admin: { position: 'sidebar', description: 'Shown in the byline, in this order, each linked to their profile.' },
    },
    {
      // A reviewer and the review date are an editor's word that the facts were checked.
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'people',
      index: true,
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: { position: 'sidebar', description: 'Who checked the facts; their credentials show in the byline.' },
    },
    {
      // Set by hand when the facts are checked, not on every save (updatedAt tells that).
      name: 'lastReviewedAt',
      label: 'Last reviewed',
      type: 'date',
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
        description: 'Set it when the facts were last checked; other edits leave it as it is.',
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
