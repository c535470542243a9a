import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'
import type { Field, TextFieldSingleValidation } from 'payload'
import { anyone, editors } from '@/collections/access'
import { normalizeRedirectFrom, revalidateRedirects } from './hooks'

/** Paths the site itself owns: a redirect there would hide the admin or the API. */
const RESERVED = /^\/(admin|api|_next)(\/|$)/

const validateFrom: TextFieldSingleValidation = (value) => {
  if (typeof value !== 'string' || !value.startsWith('/'))
    return 'Enter a path on this site, starting with "/", e.g. /guides/old-slug.'
  if (RESERVED.test(value)) return 'Paths under /admin, /api and /_next cannot be redirected.'
  return true
}

function decodedOnce(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

const validateCustomUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { type?: string })?.type !== 'custom') return true
  // A path on the site: one leading slash, no backslash or control characters, also once decoded
  // (browsers read "/\\evil.example" and "/%5Cevil.example" as "//evil.example").
  if (
    typeof value === 'string' &&
    [value, decodedOnce(value)].every(
      (form) => /^\/(?![/\\])[^\s\\]*$/.test(form) || /^https?:\/\/[^\s\\]+$/i.test(form),
    )
  )
    return true
  return 'Enter a path on this site ("/guides/new-slug") or a full http(s) URL.'
}

function withValidation(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('name' in field && field.name === 'from') {
      return {
        ...field,
        validate: validateFrom,
        admin: { description: 'The old path, e.g. /guides/old-slug. Query strings are ignored.' },
        hooks: { beforeValidate: [normalizeRedirectFrom] },
      } as Field
    }
    if ('name' in field && field.name === 'to' && field.type === 'group') {
      return {
        ...field,
        fields: field.fields.map((sub) =>
          'name' in sub && sub.name === 'url' ? ({ ...sub, validate: validateCustomUrl } as Field) : sub,
        ),
      }
    }
    return field
  })
}

/**
 * Old paths that answer with a redirect. Payload's redirects plugin supplies the collection; a slug
 * change fills it (see collections/hooks/redirectOldSlug.ts) and editors add their own in the admin.
 * Readers can read it, since every redirect is public behaviour anyway; only editors change it.
 */
export const redirectsConfig: RedirectsPluginConfig = {
  collections: ['guides', 'technologies', 'skills'],
  redirectTypes: ['308', '307'],
  redirectTypeFieldOverride: {
    defaultValue: '308',
    admin: { description: 'Permanent (308) for moved content, so search engines move its ranking to the new URL.' },
  },
  overrides: {
    labels: { singular: 'Redirect', plural: 'Redirects' },
    admin: { group: 'Settings', useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'type', 'updatedAt'] },
    access: { read: anyone, create: editors, update: editors, delete: editors },
    hooks: { afterChange: [revalidateRedirects], afterDelete: [revalidateRedirects] },
    fields: ({ defaultFields }) => withValidation(defaultFields),
  },
}
