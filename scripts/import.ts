/**
 * Imports writers' documents as guides:
 *   npm run import -- <file or folder> [more...] [--publish] [--dry-run] [--uploads DIR] [--no-fetch]
 * Plain text, Markdown, Word (.docx) and HTML files, each recognised by its content.
 * A WordPress export (.xml, Tools → Export) is recognised by its content and imported whole: its
 * posts with their own status (--publish does not apply), authors, comments, old addresses and
 * images: read from a copy of wp-content/uploads (--uploads), else fetched from the site unless --no-fetch.
 * Prints, per file, the slug, what each section becomes and why (with the document's lines it
 * holds), the SEO fields read, technologies and skills (new/existing) and every warning. Each file is written in its own transaction; the exit code is 1 when any file failed.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { ImportError, parseGuideText } from '@/lib/import/parse-guide'
import { previewOf } from '@/lib/import/preview'
import { previewContext } from '@/lib/import/preview-context'
import { writeGuide } from '@/lib/import/write-guide'
import { importWxr, type PostReport } from '@/lib/import/wordpress/import-wxr'
import { looksLikeWxr } from '@/lib/import/wordpress/wxr-reader'
import { documentText } from '@/lib/import/document-formats'
import { createReadStream } from 'node:fs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    publish: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    uploads: { type: 'string' },
    'no-fetch': { type: 'boolean', default: false },
  },
})
if (positionals.length === 0) {
  console.error('usage: npm run import -- <file or folder> [...] [--publish] [--dry-run] [--uploads DIR] [--no-fetch]')
  process.exit(2)
}
if (
  values.uploads &&
  !(await fs.stat(values.uploads).then(
    (stat) => stat.isDirectory(),
    () => false,
  ))
) {
  console.error(`--uploads ${values.uploads}: no such folder (give a copy of the site's wp-content/uploads)`)
  process.exit(2)
}

async function documentsIn(target: string): Promise<string[]> {
  const stat = await fs.stat(target)
  if (!stat.isDirectory()) return [target]
  const names = (await fs.readdir(target)).filter((name) => /\.(txt|md|markdown|docx|html?|xml)$/i.test(name)).sort()
  return names.map((name) => path.join(target, name))
}

let payload: Payload | undefined
let failures = 0

function printPost(post: PostReport) {
  const mark = post.outcome === 'failed' ? '✗' : post.outcome === 'skipped' ? '–' : '✓'
  const where = post.slug ? ` → /guides/${post.slug}` : ''
  const state =
    post.published === undefined
      ? ''
      : post.published
        ? ' published'
        : post.scheduledFor
          ? ` draft, to be published ${post.scheduledFor}`
          : ' draft'
  const comments = post.comments ? `; comments ${post.comments.created} new / ${post.comments.existing} existing` : ''
  const redirects = post.redirects?.length ? `; redirects from ${post.redirects.join(', ')}` : ''
  const images =
    !post.images || post.images.saved + post.images.missing === 0
      ? ''
      : post.outcome === 'would import'
        ? `; ${post.images.saved} images`
        : `; images ${post.images.saved} kept${post.images.missing ? `, ${post.images.missing} missing` : ''}`
  console.log(
    `  ${mark} ${post.title}${where}: ${post.outcome}${state}${post.why ? ` (${post.why})` : ''}${post.sections ? `, ${post.sections} sections` : ''}${comments}${images}${redirects}`,
  )
  for (const note of post.notes) console.log(`      note: ${note}`)
}

/** `[########------------] 40% · 120 posts`, redrawn in place on a terminal. */
function progressBar(done: number, posts: number): string {
  const width = 30
  const filled = Math.round(Math.min(1, done) * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(done * 100)}% · ${posts} posts`
}

/** A WordPress export, read as a stream; returns how many of its posts failed. */
async function importWordPressExport(file: string): Promise<number> {
  try {
    if (!values['dry-run']) payload ??= await cliPayload()
    console.log(`${file}: WordPress export${values['dry-run'] ? ' (dry run: nothing is written)' : ''}`)
    const size = (await fs.stat(file)).size
    let read = 0
    let posts = 0
    const open = () => {
      read = 0
      return createReadStream(file).on('data', (chunk) => (read += chunk.length))
    }
    const report = await importWxr(values['dry-run'] ? undefined : payload, open, {
      dryRun: values['dry-run'],
      images: { uploadsDir: values.uploads, fetch: values['no-fetch'] ? 'never' : 'any' },
      onPost: (post) => {
        posts++
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
        printPost(post)
        if (process.stderr.isTTY) process.stderr.write(progressBar(read / size, posts))
      },
    })
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
    const count = (outcome: PostReport['outcome']) => report.posts.filter((post) => post.outcome === outcome).length
    const skippedTypes = Object.entries(report.skippedTypes).map(([type, n]) => `${n} ${type}`)
    const skippedComments = Object.entries(report.comments.skipped).map(([why, n]) => `${n} ${why}`)
    console.table({
      posts: {
        created: count('created'),
        'updated or found': count('updated'),
        'dry run': count('would import'),
        skipped: count('skipped'),
        failed: count('failed'),
      },
      authors: { created: report.authors.created, 'updated or found': report.authors.existing },
      comments: {
        created: report.comments.created,
        'updated or found': report.comments.existing,
        skipped: report.comments.skipped ? Object.values(report.comments.skipped).reduce((a, b) => a + b, 0) : 0,
      },
      images: {
        created: report.media.created,
        'updated or found': report.media.existing,
        missing: report.media.missing,
      },
    })
    if (skippedTypes.length) console.log(`  not posts, not imported: ${skippedTypes.join(', ')}`)
    if (skippedComments.length) console.log(`  comments left out: ${skippedComments.join(', ')}`)
    if (report.authors.notCreated) console.log(`  authors not created: ${report.authors.notCreated}`)
    return count('failed')
  } catch (error) {
    console.error(`✗ ${file}: ${(error as Error).message}`)
    return 1
  }
}
for (const target of positionals) {
  let files: string[]
  try {
    files = await documentsIn(target)
  } catch {
    console.error(`✗ ${target}: no such file or folder`)
    failures++
    continue
  }
  for (const file of files) {
    if (await looksLikeWxr(file)) {
      failures += await importWordPressExport(file)
      continue
    }
    try {
      const document = await documentText(await fs.readFile(file))
      const parsed = parseGuideText(document.text)
      const { guide } = parsed
      payload ??= await cliPayload()
      const preview = previewOf(parsed, await previewContext(payload, guide.slug))
      const technologies = guide.blocks.flatMap((block) =>
        block.blockType === 'technologyGroup' ? block.technologies : [],
      )
      const skills = guide.blocks.flatMap((block) => (block.blockType === 'skillList' ? block.skills : []))
      let outcome = `dry run: ${technologies.length} technologies, ${skills.length} skills`
      if (!values['dry-run']) {
        const summary = await writeGuide(payload, guide, { publish: values.publish })
        outcome =
          `${summary.created ? 'created' : 'updated'} as ${summary.published ? 'published' : 'draft'}; ` +
          `technologies ${summary.technologies.created} new / ${summary.technologies.existing} existing; ` +
          `skills ${summary.skills.created} new / ${summary.skills.existing} existing`
      }
      console.log(`✓ ${file}: /guides/${guide.slug}, ${guide.blocks.length} sections; ${outcome}`)
      if (document.format !== 'text') console.log(`    read as ${document.format === 'docx' ? 'a Word file' : 'HTML'}`)
      for (const note of document.notes) console.log(`    note: ${note}`)
      for (const field of preview.seo) console.log(`    ${field.label}: ${field.value ?? '—'}`)
      preview.sections.forEach((section, index) => {
        const lines = section.lines ? ` (lines ${section.lines.from}–${section.lines.to})` : ''
        console.log(
          `    ${index + 1}. ${'  '.repeat(section.level - 2)}${section.heading}${lines}: ${section.summary} — ${section.why}`,
        )
      })
      for (const line of [
        ...preview.warnings.map((w) => ({ ...w, kind: 'warning' })),
        ...preview.skipped.map((s) => ({ ...s, kind: 'skipped' })),
      ]) {
        console.log(`    ${line.kind}${line.line ? ` (line ${line.line})` : ''}: ${line.message}`)
      }
    } catch (error) {
      failures++
      const message =
        error instanceof ImportError ? error.message : `not imported, nothing was changed: ${(error as Error).message}`
      console.error(`✗ ${file}: ${message}`)
    }
  }
}
process.exitCode = failures > 0 ? 1 : 0
await closePayloadAndExit(payload)
