/** URL slugs: lowercase ASCII words joined by single hyphens ("back-end-developer-career-guide"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const MAX_SLUG_LENGTH = 120

export function slugify(input: string): string {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Développeur" -> "Developpeur"
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/['’]/g, '') // "bachelor's" -> "bachelors"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '')
}

/** Returns an error message an editor can act on, or true. */
export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > MAX_SLUG_LENGTH) return `A slug can have at most ${MAX_SLUG_LENGTH} characters.`
  if (!SLUG_PATTERN.test(value)) {
    return 'Use lowercase letters, digits and single hyphens only, e.g. "back-end-developer-career-guide".'
  }
  return true
}
