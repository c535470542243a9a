/**
 * Adds what the HTTP tests need besides the seeded sample: an unpublished guide (drafts must stay
 * private), an editor account (publishing must reach readers) and an author account (author-<editor email>).
 *   node -C production scripts/run.mjs tests/setup/http-fixtures.ts <draft slug> <editor email> <editor password>
 * Running it twice leaves the same data: the draft is re-imported, existing accounts are kept.
 */
import fs from 'node:fs'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'

const [slug, email, password] = process.argv.slice(2) as [string, string, string]
const payload = await cliPayload()
const { guide } = parseGuideText(fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'))
await writeGuide(payload, { ...guide, slug, title: 'An unpublished draft' }, { publish: false })
// With a description of their own, the pages the sitemap test looks for are not thin content with
// the one published guide (lib/seo/crawling.ts, isThinTaxonomyPage).
await payload.update({
  collection: 'technologies',
  where: { slug: { equals: 'postgresql' } },
  data: { description: 'An open-source relational database.' },
})
await payload.update({
  collection: 'skills',
  where: { slug: { equals: 'problem-solving' } },
  data: { description: 'Breaking a problem down until each part has an answer.' },
})
// The first account becomes an admin; the editor is the second. Existing accounts are kept, so the
// script can be run again (tests/setup/run-script.ts repeats it after a loader flake).
const accounts = [
  { email: 'owner@example.com', roles: ['admin' as const] },
  { email, roles: ['editor' as const] },
  { email: `author-${email}`, roles: ['author' as const] },
]
for (const account of accounts) {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: account.email } } })
  if (totalDocs === 0) await payload.create({ collection: 'users', data: { ...account, password } })
}
await closePayloadAndExit(payload)
