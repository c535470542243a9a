import type { NumberField, UIField } from 'payload'
import { nobodyField } from '@/collections/access'

/**
 * How many guides name this technology or skill: stored (so the admin list sorts and filters by it,
 * e.g. "equals 0" finds unused ones) and kept up to date by collections/hooks/countTaxonomyUse.ts.
 * Nobody writes it: a new one starts at 0 and an update keeps the stored count.
 */
export const guideCountField: NumberField = {
  name: 'guideCount',
  label: 'Used by guides',
  type: 'number',
  defaultValue: 0,
  index: true,
  access: { create: nobodyField, update: nobodyField },
  hooks: {
    beforeChange: [
      ({ operation, originalDoc }) =>
        operation === 'create' ? 0 : ((originalDoc as { guideCount?: number } | undefined)?.guideCount ?? 0),
    ],
  },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Guides that name this: published guides and drafts that were never published. Counted on every save.',
  },
}

/** The sidebar's "Merge into another …" (components/admin/MergeTaxonomy.tsx). */
export const mergeTaxonomyField: UIField = {
  name: 'mergeInto',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/admin/MergeTaxonomy#MergeTaxonomy' } },
}
