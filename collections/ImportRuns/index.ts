import type { CollectionConfig } from 'payload'
import { editors, nobody } from '@/collections/access'

/**
 * A WordPress export uploaded in the admin and imported by a job (lib/import/wordpress/import-job.ts):
 * where it stands while it runs, and its report when done. Written by the job only.
 */
export const ImportRuns: CollectionConfig = {
  slug: 'import-runs',
  labels: { singular: 'WordPress import', plural: 'WordPress imports' },
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'status', 'progress', 'createdAt'],
    group: 'Settings',
    description: 'WordPress exports uploaded with Import a guide, and what each import did.',
  },
  access: { read: editors, create: nobody, update: nobody, delete: editors },
  defaultSort: '-createdAt',
  fields: [
    { name: 'fileName', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'running', 'done', 'failed'].map((value) => ({ value, label: value })),
      admin: { readOnly: true },
    },
    {
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 0,
      admin: { readOnly: true, description: 'Share of the file read, in per cent.' },
    },
    { name: 'posts', type: 'number', defaultValue: 0, admin: { readOnly: true, description: 'Posts handled so far.' } },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
    { name: 'report', type: 'json', admin: { readOnly: true } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
}
