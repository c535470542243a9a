/**
 * Reads a generated WordPress export of --posts copies of the sample post with the importer's dry
 * run and prints how many it read: run with a small heap (NODE_OPTIONS=--max-old-space-size=…) by
 * tests/unit/wordpress/wxr-memory.test.ts, it fails if memory grows with the file.
 */
import fs from 'node:fs'
import { Readable } from 'node:stream'
import { importWxr } from '@/lib/import/wordpress/import-wxr'

const posts = Number(process.argv[process.argv.indexOf('--posts') + 1])
const fixture = fs.readFileSync('tests/fixtures/wordpress/block-editor-site.wordpress.xml', 'utf8')
const start = fixture.indexOf('<item>', fixture.indexOf('Back-End Developer: Complete Career Guide') - 400)
const item = fixture.slice(start, fixture.indexOf('</item>', start) + '</item>'.length)

/** The export as a stream of 64 KiB chunks, made as it is read, so the probe itself holds none of it. */
function exportStream() {
  return Readable.from(
    (function* () {
      yield fixture.slice(0, fixture.indexOf('<item>'))
      for (let n = 0; n < posts; n++) yield item.replaceAll('back-end-developer-career-guide', `probe-${n}`)
      yield '</channel></rss>'
    })(),
  )
}

const report = await importWxr(undefined, exportStream, { dryRun: true })
console.log(`read ${report.posts.length} posts`)
