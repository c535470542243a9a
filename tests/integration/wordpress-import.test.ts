import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { importWxr, type WxrImportOptions } from '@/lib/import/wordpress/import-wxr'
import type { Media } from '@/payload-types'
import { CLASSIC_UPLOADS, exportForRun } from '@/tests/support/wordpress'
import { createUser, payloadForThisFile, unique } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload

const tag = unique('wp').replace(/[^a-z0-9]/g, '')
const exportText = exportForRun(tag)
const fromUploads: WxrImportOptions = { images: { uploadsDir: CLASSIC_UPLOADS, fetch: 'never' } }
const importText = (text: string, options: WxrImportOptions = fromUploads) =>
  importWxr(
    payload,
    async function* () {
      yield text
    },
    options,
  )
const run = () => importText(exportText)

/** Whether a scheduled-publish job is for this guide (Payload keeps the ID as a string). */
const isFor = (guideId: number) => (job: { input?: unknown }) =>
  String((job.input as { doc?: { value?: unknown } } | undefined)?.doc?.value) === String(guideId)

const analystSlug = `data-analyst-career-guide-${tag}`

beforeAll(async () => {
  payload = getPayload()
  await createUser(payload, ['admin']) // authors are made only once the site has its admin
})

describe('importWxr against PostgreSQL', () => {
  it('imports posts with their status, SEO, author, comments and old addresses; a second run changes no count', async () => {
    const first = await run()
    expect(first.posts.map((post) => [post.outcome, post.published])).toEqual([
      ['created', true],
      ['created', false],
      ['created', false],
      ['skipped', undefined],
    ])
    expect(first.skippedTypes).toEqual({ page: 1 })
    expect(first.comments).toEqual({ created: 4, existing: 0, skipped: { pingback: 1, trackback: 1, trash: 1 } })
    expect(first.media).toEqual({ created: 3, existing: 0, missing: 0 })
    expect(first.posts[0]!.images).toEqual({ saved: 3, missing: 0 })

    const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: analystSlug } }, depth: 0 })
    const guide = docs[0]!
    expect(guide.importedFrom).toBe(
      `wordpress:${/<guid[^>]*>([^<]+)<\/guid>/.exec(exportText.slice(exportText.indexOf('<title><![CDATA[Data Analyst')))![1]}`,
    )
    const featured = await payload.findByID({ collection: 'media', id: guide.featuredImage as number })
    expect(featured).toMatchObject({
      alt: 'A bar chart of weekly sales on a monitor',
      caption: 'An analyst reviewing a weekly report',
      width: 1200,
      height: 630,
      mimeType: 'image/png',
    })
    const contentImages = await payload.find({
      collection: 'media',
      where: { sourceUrl: { like: `wp-${tag}.invalid` } },
      sort: 'id',
      overrideAccess: true,
    })
    expect(contentImages.docs.map((image) => [image.alt, image.caption ?? null, image.width])).toEqual([
      ['A bar chart of weekly sales on a monitor', 'An analyst reviewing a weekly report', 1200],
      ['A sales dashboard', 'A typical sales dashboard', 600],
      // No alt text on WordPress: its title (its file's name) stands in, and the report says so.
      ['funnel-chart', null, 400], // the full-size original, not the 300×225 copy the post showed
    ])
    expect(first.posts[0]!.notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/funnel-chart\.png has no alt text on WordPress/)]),
    )
    expect(guide._status).toBe('published')
    expect(guide.publishedAt).toBe('2026-11-20T09:30:00.000Z')
    expect(guide.excerpt).toBe('What data analysts do, the skills they need, what they earn and how to become one.')
    expect(guide.meta).toMatchObject({
      focusKeyword: 'data analyst',
      canonicalUrl: 'https://careers.example.com/guides/data-analyst',
      noindex: false,
    })
    expect(guide.content?.map((block) => block.blockType)).toEqual(expect.arrayContaining(['salary', 'roadmap', 'faq']))

    const author = await payload.findByID({
      collection: 'users',
      id: guide.author as number,
      depth: 0,
      overrideAccess: true,
    })
    expect(author).toMatchObject({ email: `mira-${tag}@example.com`, name: 'Mira Okafor', roles: ['author'] })
    // Her public profile, named in the byline and linked to the account.
    const [profileId, ...others] = guide.authors as number[]
    expect(others).toEqual([])
    expect(await payload.findByID({ collection: 'people', id: profileId!, depth: 0 })).toMatchObject({
      name: 'Mira Okafor',
      account: author.id,
    })

    const comments = await payload.find({
      collection: 'comments',
      where: { guide: { equals: guide.id } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
    const [question, answer, thanks, pending] = comments.docs
    expect(comments.docs.map((comment) => [comment.authorName, comment.status])).toEqual([
      ['Lena', 'approved'],
      ['Mira Okafor', 'approved'],
      ['Lena', 'approved'],
      ['Omar', 'pending'],
    ])
    expect(question!.createdAt).toBe('2026-11-21T10:00:00.000Z')
    expect(answer!.parent).toBe(question!.id)
    expect(thanks!.parent).toBe(question!.id) // a reply to a reply joins the thread's first comment
    expect(pending!.parent ?? null).toBeNull()

    const redirects = await payload.find({
      collection: 'redirects',
      where: { from: { in: [`/2026/11/${analystSlug}`, `/2026/11/data-analyst-guide-${tag}`] } },
      depth: 0,
    })
    expect(redirects.docs).toHaveLength(2)
    for (const redirect of redirects.docs)
      expect(redirect.to).toMatchObject({ type: 'reference', reference: { value: guide.id } })

    // The UX guide linked to the analyst post by its permalink and by /?p=<id>: both now name the guide.
    const uxDraft = (
      await payload.find({
        collection: 'guides',
        where: { slug: { equals: `ux-designer-career-guide-${tag}` } },
        draft: true,
      })
    ).docs[0]!
    const uxText = JSON.stringify(uxDraft.content)
    expect(uxText.match(new RegExp(`\\(/guides/${analystSlug}\\)`, 'g'))).toHaveLength(2)
    expect(uxText).not.toContain('127.0.0.1:8081')
    const postId = /<wp:post_id>(\d+)<\/wp:post_id>/.exec(
      exportText.slice(exportText.indexOf('<title><![CDATA[Data Analyst')),
    )![1]
    const byId = await payload.find({
      collection: 'redirects',
      where: { from: { equals: `/wordpress-post/${postId}` } },
      depth: 0,
    })
    expect(byId.docs[0]?.to).toMatchObject({ type: 'reference', reference: { value: guide.id } })

    const scheduled = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      pagination: false,
      overrideAccess: true,
    })
    const ux = (
      await payload.find({
        collection: 'guides',
        where: { slug: { equals: `ux-designer-career-guide-${tag}` } },
        draft: true,
      })
    ).docs[0]!
    const forUx = scheduled.docs.filter(isFor(ux.id))
    expect(forUx).toHaveLength(1)
    expect(forUx[0]!.waitUntil).toBe('2027-01-15T08:00:00.000Z')

    const second = await run()
    expect(second.posts.map((post) => post.outcome)).toEqual(['updated', 'updated', 'updated', 'skipped'])
    expect(second.media).toEqual({ created: 0, existing: 3, missing: 0 })
    expect(second.comments).toEqual({ created: 0, existing: 4, skipped: { pingback: 1, trackback: 1, trash: 1 } })
    expect(second.authors).toEqual({ created: 0, existing: 2 }) // Mira, and the admin who uploaded the images
    expect((await payload.count({ collection: 'people', where: { account: { equals: author.id } } })).totalDocs).toBe(1)
    expect((await payload.count({ collection: 'people', where: { name: { equals: 'Mira Okafor' } } })).totalDocs).toBe(
      1,
    )
    expect((await payload.count({ collection: 'guides', where: { slug: { like: tag } } })).totalDocs).toBe(3)
    expect(
      (await payload.count({ collection: 'comments', where: { guide: { equals: guide.id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(4)
    const scheduledAgain = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      pagination: false,
      overrideAccess: true,
    })
    expect(scheduledAgain.docs.filter(isFor(ux.id))).toHaveLength(1)
  })

  it('gives imported authors no way to sign in until an admin invites them', async () => {
    const email = `mira-${tag}@example.com`
    for (const password of ['', 'password', 'Admin-pass-123456'])
      await expect(payload.login({ collection: 'users', data: { email, password } })).rejects.toThrow()
  })

  it('reports a comment the site cannot hold and still imports the rest of the post', async () => {
    const other = unique('wpx').replace(/[^a-z0-9]/g, '')
    const broken = exportForRun(other).replace('<![CDATA[Is Excel still worth learning?]]>', '<![CDATA[]]>')
    const report = await importText(broken)
    expect(report.posts[0]).toMatchObject({ outcome: 'created', comments: { created: 3, existing: 0 } })
    expect(Object.keys(report.comments.skipped).some((why) => why.startsWith('not valid here'))).toBe(true)
  })

  it('matches a post renamed on WordPress by its GUID: the same guide, a new slug, a redirect from the old one', async () => {
    const own = unique('wpg').replace(/[^a-z0-9]/g, '')
    const before = await importText(exportForRun(own))
    const renamed = exportForRun(own).replaceAll(
      `<wp:post_name><![CDATA[data-analyst-career-guide-${own}]]>`,
      `<wp:post_name><![CDATA[data-analyst-${own}]]>`,
    )
    const after = await importText(renamed)
    expect([before.posts[0]!.outcome, after.posts[0]!.outcome]).toEqual(['created', 'updated'])
    const guides = await payload.find({ collection: 'guides', where: { title: { like: own } }, draft: true, depth: 0 })
    expect(guides.docs.map((guide) => guide.slug).sort()).toEqual(
      [`cloud-architect-career-guide-${own}`, `data-analyst-${own}`, `ux-designer-career-guide-${own}`].sort(),
    )
    const redirect = await payload.find({
      collection: 'redirects',
      where: { from: { equals: `/guides/data-analyst-career-guide-${own}` } },
      depth: 0,
    })
    expect(redirect.docs).toHaveLength(1)
  })

  describe('images fetched from the WordPress site', () => {
    let server: http.Server
    let siteUrl: string
    let root: string
    beforeAll(async () => {
      // WordPress's web server, as far as images go: a copy of its uploads, without the funnel chart.
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-uploads-'))
      fs.cpSync(CLASSIC_UPLOADS, root, { recursive: true })
      fs.rmSync(path.join(root, '2026/11/funnel-chart.png'))
      server = http.createServer((req, res) => {
        const relative = /\/wp-content\/uploads\/(.+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1] ?? ''
        const file = path.join(root, path.normalize(decodeURIComponent(relative)))
        if (!relative || !file.startsWith(root) || !fs.existsSync(file)) return void res.writeHead(404).end()
        res.writeHead(200, { 'content-type': 'image/png' }).end(fs.readFileSync(file))
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      fs.rmSync(root, { recursive: true, force: true })
    })

    it('fetches each image from its address when no uploads folder has it, and reports the ones it cannot get', async () => {
      const own = unique('wpf').replace(/[^a-z0-9]/g, '')
      // The site under a path of this run's own, so its images are new to the database.
      const report = await importText(exportForRun(own, { siteUrl: `${siteUrl}/${own}` }), { images: { fetch: 'any' } })
      expect(report.media).toEqual({ created: 2, existing: 0, missing: 1 })
      expect(report.posts[0]).toMatchObject({ outcome: 'created', images: { saved: 2, missing: 1 } })
      expect(report.posts[0]!.notes).toEqual(
        expect.arrayContaining([expect.stringMatching(/funnel-chart\.png not imported: the site answered 404/)]),
      )
      const where = { slug: { equals: `data-analyst-career-guide-${own}` } }
      const guide = (await payload.find({ collection: 'guides', where, depth: 1 })).docs[0]!
      expect((guide.featuredImage as Media).alt).toBe('A bar chart of weekly sales on a monitor')
    })

    it('an upload through the admin never fetches from the server’s own network', async () => {
      const own = unique('wpp').replace(/[^a-z0-9]/g, '')
      const report = await importText(exportForRun(own, { siteUrl: `${siteUrl}/${own}` }), {
        images: { fetch: 'public' },
      })
      expect(report.media).toEqual({ created: 0, existing: 0, missing: 3 })
      expect(report.posts[0]).toMatchObject({ outcome: 'created' })
      expect(report.posts[0]!.notes).toEqual(
        expect.arrayContaining([expect.stringMatching(/inside the server’s own network/)]),
      )
    })
  })
})
