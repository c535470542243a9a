import type { Field } from 'payload'
import { LIMITS } from '@/lib/seo/analysis'

const TITLE_LENGTH = { minLength: LIMITS.titleMin, maxLength: LIMITS.titleMax }
const DESCRIPTION_LENGTH = { minLength: LIMITS.descriptionMin, maxLength: LIMITS.descriptionMax }

/**
 * The SEO plugin's fields with one scale: its length meters (50–60 and 100–150 characters by
 * default) take the limits the guide's SEO analysis uses (lib/seo/analysis.ts LIMITS: 30–60 and
 * 120–160, Yoast's and Rank Math's ranges), so the two never disagree on the same guide. The lengths
 * guide the editor; they never block a save, so Payload's own length validation is replaced.
 */
const anyLength = (): true => true

export function withOneLengthScale(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'overview' && field.type === 'ui') {
      const component = field.admin?.components?.Field
      if (!component || typeof component !== 'object' || !('path' in component)) return field
      const clientProps = {
        ...component.clientProps,
        titleOverrides: TITLE_LENGTH,
        descriptionOverrides: DESCRIPTION_LENGTH,
      }
      return {
        ...field,
        admin: { ...field.admin, components: { ...field.admin?.components, Field: { ...component, clientProps } } },
      }
    }
    if (field.name === 'title' && field.type === 'text' && !field.hasMany)
      return { ...field, ...TITLE_LENGTH, validate: anyLength }
    if (field.name === 'description' && field.type === 'textarea')
      return { ...field, ...DESCRIPTION_LENGTH, validate: anyLength }
    return field
  })
}
import { httpUrlFieldProps } from '@/lib/content/safe-url'

/**
 * What the SEO plugin's `meta` group adds for career guides beyond title, description and image:
 * the keywords writers deliver with every guide, and the two switches search engines honour.
 */
export const seoExtraFields: Field[] = [
  {
    name: 'focusKeyword',
    type: 'text',
    admin: { description: 'The search phrase this guide should rank for, e.g. "Back-End Developer".' },
  },
  {
    name: 'secondaryKeywords',
    type: 'text',
    hasMany: true,
    admin: { description: 'Related phrases, one per entry.' },
  },
  {
    name: 'canonicalUrl',
    type: 'text',
    admin: {
      description: 'Only when this content lives first at another URL. Absolute, e.g. https://example.com/guide.',
    },
    ...httpUrlFieldProps('Enter an absolute http(s) URL, or leave it empty to use this page’s own URL.'),
  },
  {
    name: 'noindex',
    type: 'checkbox',
    defaultValue: false,
    admin: { description: 'Ask search engines not to index this page.' },
  },
]
