/**
 * `npm run bench:wordpress-import [-- --posts 5000 --write 200]`: a WordPress export of that many
 * posts (the sample post of tests/fixtures/wordpress/block-editor-site.wordpress.xml, each with its
 * own ID, slug and comments), written to a temporary file; then the import reads all of it as a dry
 * run, and with --write imports the first N posts into the database. Prints the file's size, the
 * time, posts a second and the process's peak memory, which must not grow with the file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { scriptArgs } from './lib/args'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { importWxr } from '@/lib/import/wordpress/import-wxr'

const args = scriptArgs(
  z.object({
    posts: z.coerce.number().int().min(1).max(100_000).default(5000),
    write: z.coerce.number().int().min(0).default(0),
  }),
)

const fixture = fs.readFileSync('tests/fixtures/wordpress/block-editor-site.wordpress.xml', 'utf8')
const itemStart = fixture.indexOf('<item>', fixture.indexOf('Back-End Developer: Complete Career Guide') - 400)
const item = fixture.slice(itemStart, fixture.indexOf('</item>', itemStart) + '</item>'.length)
const head = fixture.slice(0, fixture.indexOf('<item>'))
const tail = '</channel>\n</rss>\n'

/** Writes the export a post at a time, so making it needs no more memory than reading it. */
async function writeExport(file: string, posts: number) {
  const out = fs.createWriteStream(file)
  const write = (text: string) =>
    out.write(text) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()))
  await write(head)
  for (let n = 1; n <= posts; n++) {
    await write(
      item
        .replaceAll('back-end-developer-career-guide', `bench-back-end-developer-${n}`)
        .replaceAll('backend-developer-guide', `bench-old-slug-${n}`)
        .replace(/<wp:post_id>\d+<\/wp:post_id>/, `<wp:post_id>${100_000 + n}</wp:post_id>`)
        .replace('Complete Career Guide (2026)', `Complete Career Guide (2026) ${n}`),
    )
  }
  await write(tail)
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

let peakRss = 0
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-wxr-'))
const file = path.join(dir, 'export.xml')
await writeExport(file, args.posts)
const rssBefore = process.memoryUsage().rss
console.log(`export: ${args.posts} posts, ${mb(fs.statSync(file).size)}; process ${mb(rssBefore)} before reading`)

let started = performance.now()
peakRss = 0
const dry = await importWxr(undefined, () => fs.createReadStream(file), { dryRun: true })
let seconds = (performance.now() - started) / 1000
console.log(
  `dry run: ${dry.posts.length} posts read and parsed in ${seconds.toFixed(1)} s (${(dry.posts.length / seconds).toFixed(0)} posts/s), peak RSS ${mb(peakRss)}`,
)

if (args.write > 0) {
  const small = path.join(dir, 'first.xml')
  await writeExport(small, args.write)
  const payload = await cliPayload()
  started = performance.now()
  peakRss = 0
  const written = await importWxr(payload, () => fs.createReadStream(small))
  seconds = (performance.now() - started) / 1000
  const created = written.posts.filter((post) => post.outcome === 'created' || post.outcome === 'updated').length
  console.log(
    `import: ${created} posts written with ${written.comments.created + written.comments.existing} comments in ${seconds.toFixed(1)} s (${(created / seconds).toFixed(1)} posts/s), peak RSS ${mb(peakRss)}`,
  )
  clearInterval(sample)
  fs.rmSync(dir, { recursive: true, force: true })
  await closePayloadAndExit(payload)
} else {
  clearInterval(sample)
  fs.rmSync(dir, { recursive: true, force: true })
}
