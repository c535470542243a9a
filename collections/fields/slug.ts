import type { TextField } from 'payload'
import { slugify, validateSlug } from '@/lib/content/slug'

/**
 * A unique, indexed slug generated from `sourceField` when left empty and normalised whenever it is
 * typed, so that editors can never save a URL the site would not serve.
 */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    required: true,
    admin: {
      position: 'sidebar',
      description: `Used in the URL. Left empty, it is made from the ${sourceField}.`,
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          const source = data?.[sourceField] ?? originalDoc?.[sourceField]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: unknown) => validateSlug(value),
  }
}
