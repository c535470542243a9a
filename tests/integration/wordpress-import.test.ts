import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { importWxr } from '@/lib/import/wordpress/import-wxr'
import { createUser, payloadForThisFile, unique } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload

// The export a real WordPress wrote, with this run's own slugs and author so that runs never meet.
const tag = unique('wp').replace(/[^a-z0-9]/g, '')
const exportText = fs
  .readFileSync('tests/fixtures/wordpress/classic-editor-site.wordpress.xml', 'utf8')
  .replaceAll('career-guide', `career-guide-${tag}`)
  .replaceAll('data-analyst-guide', `data-analyst-guide-${tag}`)
  .replaceAll('Career Guide', `Career Guide ${tag}`)
  .replaceAll('mira@example.com', `mira-${tag}@example.com`)
const run = () =>
  importWxr(payload, async function* () {
    yield exportText
  })

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

    const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: analystSlug } }, depth: 0 })
    const guide = docs[0]!
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
    expect(second.comments).toEqual({ created: 0, existing: 4, skipped: { pingback: 1, trackback: 1, trash: 1 } })
    expect(second.authors).toEqual({ created: 0, existing: 1 })
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
    const broken = fs
      .readFileSync('tests/fixtures/wordpress/classic-editor-site.wordpress.xml', 'utf8')
      .replaceAll('career-guide', `career-guide-${other}`)
      .replaceAll('data-analyst-guide', `data-analyst-guide-${other}`)
      .replace('<![CDATA[Is Excel still worth learning?]]>', '<![CDATA[]]>')
    const report = await importWxr(payload, async function* () {
      yield broken
    })
    expect(report.posts[0]).toMatchObject({ outcome: 'created', comments: { created: 3, existing: 0 } })
    expect(Object.keys(report.comments.skipped).some((why) => why.startsWith('not valid here'))).toBe(true)
  })
})
