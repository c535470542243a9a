import type { Payload, PayloadRequest, Where } from 'payload'
import { slugify } from '@/lib/content/slug'

/**
 * The author profile (the `people` collection) for a name an import gives: the one with that name's
 * slug or that exact name, or with the given account, else a new one. So one person gets one
 * profile however many documents name them; an existing profile is only linked to the account
 * when it has none yet, never otherwise changed (editors may have written its bio).
 */
export async function ensurePerson(
  payload: Payload,
  req: Partial<PayloadRequest>,
  { name, account }: { name: string; account?: number },
): Promise<{ id: number; created: boolean } | undefined> {
  const slug = slugify(name)
  const first = async (where: Where) =>
    (await payload.find({ collection: 'people', where, limit: 1, depth: 0, select: { account: true }, req })).docs[0]
  // The account's own profile first: a namesake's must not be taken for it.
  const existing =
    (account !== undefined ? await first({ account: { equals: account } }) : undefined) ??
    (await first({ or: [{ slug: { equals: slug } }, { name: { equals: name } }] }))
  if (existing) {
    if (account !== undefined && !existing.account)
      await payload.update({ collection: 'people', id: existing.id, data: { account }, req })
    return { id: existing.id, created: false }
  }
  // A name with no letters a URL can hold ("李雷") gets no profile of its own: an editor gives it a slug.
  if (!slug) return undefined
  const created = await payload.create({ collection: 'people', data: { name, slug, account }, req })
  return { id: created.id, created: true }
}

/**
 * "Reviewed by: Ana Li, PhD": the reviewer's name. A guide has one reviewer, and what follows the name
 * (a credential, a job title) is not guessed into the profile: the warning says so, for an editor to add.
 */
export function reviewerName(text: string, line: number, warnings: { line: number; message: string }[]) {
  const [name, ...rest] = authorNames(text)
  if (rest.length)
    warnings.push({
      line,
      message: `Reviewer "${name}" linked; "${rest.join(', ')}" is not imported: add credentials on the profile`,
    })
  return name
}

/** "Asha Rao and Ben Li", "Asha Rao, Ben Li" or "Asha Rao & Ben Li": one name each. */
export function authorNames(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\s*(?:[,;&]|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean)
}
