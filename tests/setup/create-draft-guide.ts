/** Adds an unpublished guide to the HTTP tests' database, so the tests can prove drafts stay private. */
import fs from 'node:fs'
import { getPayload } from 'payload'
import { closePayload } from '../../lib/db/close-payload'
import { parseGuideText } from '../../lib/import/parse-guide'
import { writeGuide } from '../../lib/import/write-guide'
import config from '../../payload.config'

const slug = process.argv[2]!
const payload = await getPayload({ config })
const { guide } = parseGuideText(fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'))
await writeGuide(payload, { ...guide, slug, title: 'An unpublished draft' }, { publish: false })
await closePayload(payload)
