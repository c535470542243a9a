import type { CollectionConfig } from 'payload'
import { anyone, editors, editorsOnlyField } from '@/collections/access'
import { slugField } from '@/collections/fields/slug'
import { httpUrlFieldProps } from '@/lib/content/safe-url'
import { revalidatePerson, revalidatePersonDelete } from './hooks/revalidatePerson'

/**
 * The people named on guides, as authors or reviewers, each with a public page at /authors/<slug>.
 * A profile is not a sign-in account: a reviewer need not have one, and the optional link to an
 * account is for editors only (readers never see which account, let alone its email).
 */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Author profile', plural: 'Author profiles' },
  // GraphQL's names (createPerson, People) from the slug rather than the admin's labels.
  graphQL: { singularName: 'Person', pluralName: 'People' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'jobTitle', 'credentials', 'slug', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'jobTitle'],
  },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: {
    afterChange: [revalidatePerson],
    afterDelete: [revalidatePersonDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    slugField('name'),
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'jobTitle',
      type: 'text',
      admin: { description: 'E.g. "Senior Cloud Engineer at Example Corp".' },
    },
    {
      name: 'credentials',
      type: 'text',
      admin: {
        description:
          'Degrees and certifications, separated by commas, e.g. "PhD, AWS Certified Solutions Architect". Shown after a reviewer’s name.',
      },
    },
    { name: 'bio', label: 'Short bio', type: 'textarea' },
    {
      name: 'sameAs',
      label: 'Links',
      labels: { singular: 'Link', plural: 'Links' },
      type: 'array',
      admin: { description: 'Their pages elsewhere: LinkedIn, GitHub, a personal site.' },
      fields: [
        {
          name: 'url',
          label: 'URL',
          type: 'text',
          required: true,
          ...httpUrlFieldProps('Enter an absolute http(s) URL such as https://www.linkedin.com/in/name.'),
        },
      ],
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      access: { read: editorsOnlyField, create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        description: 'The sign-in account of this person, if they have one. Never shown on the site.',
      },
    },
  ],
}
