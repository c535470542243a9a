import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { runScript } from '../setup/run-script'
import { payloadForThisFile, unique } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload
beforeAll(() => {
  payload = getPayload()
})

const runImport = (...args: string[]) => runScript('scripts/import.ts', args)

describe('npm run import', () => {
  const sample = fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-import-'))

  it('recognises a WordPress export by its content, whatever its name, and a dry run writes nothing', async () => {
    const file = path.join(dir, 'site-export.txt')
    fs.copyFileSync('tests/fixtures/wordpress/classic-editor-site.wordpress.xml', file)
    const dry = runImport(file, '--dry-run')
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain('WordPress export (dry run: nothing is written)')
    expect(dry.stdout).toContain(
      'Data Analyst: Career Guide → /guides/data-analyst-career-guide: would import published',
    )
    expect(dry.stdout).toContain('Internal notes: skipped (private on WordPress)')
    expect(dry.stdout).toContain('not posts, not imported: 1 page')
    const slug = 'data-analyst-career-guide'
    expect((await payload.count({ collection: 'guides', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('imports a document as a draft, then updates it and publishes with --publish', async () => {
    const slug = unique('imported')
    const file = path.join(dir, `${slug}.txt`)
    fs.writeFileSync(file, sample.replace('back-end-developer-career-guide\n', `${slug}\n`))

    const dry = runImport(file, '--dry-run')
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain(`/guides/${slug}, 18 sections; dry run: 39 technologies, 8 skills`)
    expect((await payload.count({ collection: 'guides', where: { slug: { equals: slug } } })).totalDocs).toBe(0)

    const first = runImport(file)
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/created as draft/)
    expect(first.stdout).toContain('skipped (line 159): boilerplate "Leave a Reply"')

    const second = runImport(file, '--publish')
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/updated as published; technologies 0 new \/ 39 existing; skills 0 new \/ 8 existing/)
    const { docs } = await payload.find({
      collection: 'guides',
      where: { slug: { equals: slug } },
      overrideAccess: false,
    })
    expect(docs).toHaveLength(1)
    const versions = await payload.countVersions({ collection: 'guides', where: { parent: { equals: docs[0]!.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('reports a bad file by name with a clear message and exits non-zero', () => {
    const empty = path.join(dir, 'empty.txt')
    fs.writeFileSync(empty, '')
    const result = runImport(empty, path.join(dir, 'missing.txt'))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`✗ ${empty}: The document is empty.`)
    expect(result.stderr).toContain('missing.txt: no such file or folder')
    expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })
})
