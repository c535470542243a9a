/**
 * Adds what the HTTP tests need besides the seeded sample: an unpublished guide (drafts must stay
 * private), an editor account (publishing must reach readers) and an author account (author-<editor email>).
 *   tsx tests/setup/http-fixtures.ts <draft slug> <editor email> <editor password>
 */
import fs from 'node:fs'
import { cliPayload } from '../../lib/db/cli-payload'
import { closePayloadAndExit } from '../../lib/db/close-payload'
import { parseGuideText } from '../../lib/import/parse-guide'
import { writeGuide } from '../../lib/import/write-guide'

const [slug, email, password] = process.argv.slice(2) as [string, string, string]
const payload = await cliPayload()
const { guide } = parseGuideText(fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'))
await writeGuide(payload, { ...guide, slug, title: 'An unpublished draft' }, { publish: false })
// The first account becomes an admin; the editor is the second.
await payload.create({ collection: 'users', data: { email: 'owner@example.com', password, roles: ['admin'] } })
await payload.create({ collection: 'users', data: { email, password, roles: ['editor'] } })
await payload.create({ collection: 'users', data: { email: `author-${email}`, password, roles: ['author'] } })
await closePayloadAndExit(payload)
