import type { CollectionConfig } from 'payload'
import { SKILL_KINDS } from '@/lib/content/taxonomy'
import { anyone, editors } from './access'
import { mergeTaxonomyEndpoint } from './endpoints/mergeTaxonomy'
import { guideCountField, mergeTaxonomyField } from './fields/guideCount'
import { slugField } from './fields/slug'
import { redirectOldSlug, rememberLiveSlug } from './hooks/redirectOldSlug'
import { revalidateTaxonomy, revalidateTaxonomyDelete } from './hooks/revalidateTaxonomy'

export const Skills: CollectionConfig = {
  slug: 'skills',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'guideCount', 'slug', 'updatedAt'] },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  endpoints: [mergeTaxonomyEndpoint('skills')],
  hooks: {
    beforeChange: [rememberLiveSlug],
    afterChange: [redirectOldSlug, revalidateTaxonomy],
    afterDelete: [revalidateTaxonomyDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'technical',
      options: SKILL_KINDS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'description', type: 'textarea' },
    guideCountField,
    mergeTaxonomyField,
  ],
}
