import type { CollectionConfig } from 'payload'
import { TECHNOLOGY_CATEGORIES } from '@/lib/content/taxonomy'
import { httpUrlFieldProps } from '@/lib/content/safe-url'
import { anyone, editors } from './access'
import { mergeTaxonomyEndpoint } from './endpoints/mergeTaxonomy'
import { guideCountField, mergeTaxonomyField } from './fields/guideCount'
import { slugField } from './fields/slug'
import { redirectOldSlug, rememberLiveSlug } from './hooks/redirectOldSlug'
import { revalidateTaxonomy, revalidateTaxonomyDelete } from './hooks/revalidateTaxonomy'

export const Technologies: CollectionConfig = {
  slug: 'technologies',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'guideCount', 'slug', 'updatedAt'],
    listSearchableFields: ['name', 'abbreviation'],
  },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  endpoints: [mergeTaxonomyEndpoint('technologies')],
  hooks: {
    beforeChange: [rememberLiveSlug],
    afterChange: [redirectOldSlug, revalidateTaxonomy],
    afterDelete: [revalidateTaxonomyDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    slugField('name'),
    {
      name: 'abbreviation',
      type: 'text',
      admin: { description: 'Short form readers search for, e.g. "AWS" for Amazon Web Services.' },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'other',
      options: TECHNOLOGY_CATEGORIES.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'language',
      type: 'relationship',
      relationTo: 'technologies',
      admin: {
        description: 'The programming language this framework is built on.',
        condition: (data) => data?.category === 'framework',
      },
      filterOptions: { category: { equals: 'programming-language' } },
    },
    { name: 'description', type: 'textarea' },
    guideCountField,
    mergeTaxonomyField,
    {
      name: 'website',
      type: 'text',
      ...httpUrlFieldProps('Enter an absolute http(s) URL such as https://www.postgresql.org.'),
    },
  ],
}
