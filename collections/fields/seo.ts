import type { Field } from 'payload'
import { httpUrlField } from '@/lib/safe-url'

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
    admin: { description: 'Only when this content lives first at another URL. Absolute, e.g. https://example.com/guide.' },
    validate: httpUrlField('Enter an absolute http(s) URL, or leave it empty to use this page’s own URL.'),
  },
  {
    name: 'noindex',
    type: 'checkbox',
    defaultValue: false,
    admin: { description: 'Ask search engines not to index this page.' },
  },
]
