import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseGuideText } from '@/lib/import/parse-guide'
import { decisionFor, postDocument, seoOf } from '@/lib/import/wordpress/post-document'
import { commentFate, oldPathsOf } from '@/lib/import/wordpress/import-wxr'
import { attachmentOf, isInternalHost, uploadsPathOf } from '@/lib/import/wordpress/media'
import { wxrEntries, type WxrItem, type WxrSite } from '@/lib/import/wordpress/wxr-posts'
import { isWxrStart, readWxr, WxrFormatError } from '@/lib/import/wordpress/wxr-reader'

const BLOCK_EDITOR = 'tests/fixtures/wordpress/block-editor-site.wordpress.xml'
const CLASSIC = 'tests/fixtures/wordpress/classic-editor-site.wordpress.xml'

async function* inPieces(text: string, size: number) {
  const bytes = Buffer.from(text, 'utf8')
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

async function entriesOf(file: string, chunkBytes = 997) {
  const entries = []
  for await (const entry of wxrEntries(readWxr(inPieces(fs.readFileSync(file, 'utf8'), chunkBytes))))
    entries.push(entry)
  return entries
}

const allItemsOf = async (file: string) =>
  (await entriesOf(file)).flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []))
/** The items but the uploads (attachments), in the export's order. */
const itemsOf = async (file: string) => (await allItemsOf(file)).filter((item) => item.postType !== 'attachment')

const site: WxrSite = { title: 'Careers Blog', baseUrl: 'http://127.0.0.1:8081' }

describe('readWxr on exports WordPress 6.1 wrote', () => {
  it('reads the site, its authors and every item, whatever the chunk boundaries (multi-byte characters split)', async () => {
    const whole = await entriesOf(CLASSIC, 1 << 20)
    const tiny = await entriesOf(CLASSIC, 7)
    expect(tiny).toEqual(whole)
    expect(whole[0]).toEqual({ kind: 'site', site })
    expect(whole.filter((entry) => entry.kind === 'author')).toEqual([
      { kind: 'author', author: expect.objectContaining({ login: 'admin' }) }, // who uploaded the images
      { kind: 'author', author: expect.objectContaining({ login: 'mira', displayName: 'Mira Okafor' }) },
    ])
    const items = whole.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []))
    expect(items.map((item) => [item.postType, item.status])).toEqual([
      ['attachment', 'inherit'],
      ['attachment', 'inherit'],
      ['attachment', 'inherit'],
      ['post', 'publish'],
      ['post', 'future'],
      ['post', 'pending'],
      ['post', 'private'],
      ['page', 'publish'],
    ])
    expect(items.slice(0, 3).map(attachmentOf)).toEqual([
      expect.objectContaining({
        url: 'http://127.0.0.1:8081/wp-content/uploads/2026/11/analyst-at-work.png',
        file: '2026/11/analyst-at-work.png',
        alt: 'A bar chart of weekly sales on a monitor',
        caption: 'An analyst reviewing a weekly report',
      }),
      expect.objectContaining({ file: '2026/11/dashboard.png', alt: 'A sales dashboard' }),
      expect.objectContaining({ file: '2026/11/funnel-chart.png', alt: '', title: 'funnel-chart' }),
    ])
    const analyst = items[3]!
    expect(analyst.meta._thumbnail_id).toEqual([String(items[0]!.postId)])
    expect(analyst.content).toContain('₹15,00,000')
    expect(analyst.comments).toHaveLength(7)
    expect(analyst.meta._wp_old_slug).toEqual(['data-analyst-guide'])
  })

  it('refuses a file that is not a WordPress export, with a message', async () => {
    await expect(entriesOf('content/samples/back-end-developer-career-guide.txt')).rejects.toThrow(WxrFormatError)
    const broken = fs.readFileSync(CLASSIC, 'utf8').replace('</channel>', '')
    const read = async () => {
      for await (const entry of readWxr(inPieces(broken, 4096))) void entry
    }
    await expect(read()).rejects.toThrow(/Not a readable WordPress export/)
  })

  it('never expands entities a file defines for itself (the "billion laughs" attack)', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&b;</title></item></channel></rss>`
    const read = async () => {
      for await (const entry of readWxr(inPieces(lol, 64))) void entry
    }
    await expect(read()).rejects.toThrow(/undefined entity/)
  })

  it('recognises an export by its first bytes', () => {
    expect(isWxrStart(fs.readFileSync(BLOCK_EDITOR, 'utf8').slice(0, 4096))).toBe(true)
    expect(isWxrStart('<rss version="2.0"><channel><title>A feed</title>')).toBe(false)
  })
})

describe('a WordPress post as a guide', () => {
  it('gives the block-editor post of the sample the same sections as the sample document itself', async () => {
    const post = (await itemsOf(BLOCK_EDITOR)).find((item) => item.slug === 'back-end-developer-career-guide')!
    const fromWordPress = parseGuideText(postDocument(post, site).text).guide
    const fromText = parseGuideText(
      fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'),
    ).guide
    expect(fromWordPress.blocks).toEqual(fromText.blocks)
    expect(fromWordPress.slug).toBe(fromText.slug)
    expect(fromWordPress.meta).toEqual(fromText.meta)
  })

  it('classifies a classic-editor post with the same parser: salary table, roadmap, FAQ, technologies only from the document', async () => {
    const [analyst] = await itemsOf(CLASSIC)
    const { guide } = parseGuideText(postDocument(analyst!, site).text)
    const byType = Object.fromEntries(guide.blocks.map((block) => [block.blockType, block]))
    expect(guide.blocks.map((block) => block.blockType)).toEqual(
      expect.arrayContaining(['salary', 'roadmap', 'faq', 'technologyGroup', 'skillList']),
    )
    expect(JSON.stringify(byType.salary)).toContain('India')
    const technologies = guide.blocks.flatMap((block) =>
      block.blockType === 'technologyGroup' ? block.technologies.map((t) => t.name) : [],
    )
    for (const name of technologies) expect(analyst!.content).toContain(name)
    expect(JSON.stringify(byType.faq)).toContain('Do I need a degree to become a data analyst?')
  })

  it('reads Rank Math: title template resolved, first focus keyword and the rest secondary, canonical, robots', async () => {
    const [analyst, , pending] = await itemsOf(CLASSIC)
    const notes: string[] = []
    expect(seoOf(analyst!, site, notes)).toEqual({
      title: 'Data Analyst: Career Guide - Skills, Salary & Roadmap - Careers Blog',
      description: 'How to become a data analyst: skills, tools, salary by country and a step-by-step roadmap.',
      focusKeyword: 'data analyst',
      secondaryKeywords: ['data analyst salary', 'how to become a data analyst'],
      canonicalUrl: 'https://careers.example.com/guides/data-analyst',
      noindex: false,
    })
    expect(seoOf(pending!, site, notes).noindex).toBe(true)
  })

  it('reads Yoast: title, description, focus keyphrase and keyword synonyms', async () => {
    const post = (await itemsOf(BLOCK_EDITOR)).find((item) => item.slug === 'back-end-developer-career-guide')!
    const seo = seoOf(post, site, [])
    expect(seo.focusKeyword).toBe('Back-End Developer')
    expect(seo.secondaryKeywords).toContain('Backend Developer Salary')
    expect(seo.title).toMatch(/^Back-End Developer Career Guide 2026/)
  })

  it('resolves template variables it knows and reports the others', () => {
    const item = {
      title: 'Nurse',
      excerpt: '',
      categories: [],
      meta: { _yoast_wpseo_title: ['%%title%% %%sep%% %%sitename%% %%cf_custom%%'] },
    }
    const notes: string[] = []
    expect(seoOf(item as unknown as WxrItem, site, notes).title).toBe('Nurse - Careers Blog')
    expect(notes).toEqual(['SEO template variable %%cf_custom%% has no value here and was left out'])
  })

  it('maps statuses: publish, draft/pending, future scheduled; private, trash and pages skipped', async () => {
    const items = await itemsOf(CLASSIC)
    expect(items.map(decisionFor)).toEqual([
      { import: true, publish: true },
      { import: true, publish: false, scheduledFor: new Date('2027-01-15T08:00:00Z') },
      { import: true, publish: false },
      { import: false, reason: 'private on WordPress' },
      { import: false, reason: 'a page, not a post' },
    ])
  })

  it('keeps approved and pending comments, leaves out spam, trash, pingbacks and trackbacks', async () => {
    const [analyst] = await itemsOf(CLASSIC)
    expect(analyst!.comments.map(commentFate)).toEqual([
      { keep: true, status: 'approved' },
      { keep: true, status: 'approved' },
      { keep: true, status: 'approved' },
      { keep: true, status: 'pending' },
      { keep: false, why: 'pingback' },
      { keep: false, why: 'trackback' },
      { keep: false, why: 'trash' },
    ])
  })

  it('knows the addresses the post had: its permalink and the same with each old slug', async () => {
    const [analyst] = await itemsOf(CLASSIC)
    expect(oldPathsOf(analyst!, site)).toEqual(['/2026/11/data-analyst-career-guide', '/2026/11/data-analyst-guide'])
  })
})

describe('where a WordPress image comes from', () => {
  it('finds a file in the copy of wp-content/uploads, never outside it', () => {
    const url = 'http://wp.example/wp-content/uploads/2026/11/team.jpg'
    expect(uploadsPathOf('/srv/uploads', url)).toBe('/srv/uploads/2026/11/team.jpg')
    expect(uploadsPathOf('/srv/uploads', url, '2026/11/team-original.jpg')).toBe(
      '/srv/uploads/2026/11/team-original.jpg',
    )
    expect(uploadsPathOf('/srv/uploads', 'http://wp.example/wp-content/uploads/../../etc/passwd')).toBeUndefined()
    expect(uploadsPathOf('/srv/uploads', url, '../../etc/passwd')).toBeUndefined()
    expect(uploadsPathOf('/srv/uploads', 'http://wp.example/images/team.jpg')).toBeUndefined()
  })

  it('knows the addresses an upload must not make the server fetch from', async () => {
    for (const host of [
      '127.0.0.1',
      'localhost',
      '10.1.2.3',
      '192.168.0.10',
      '169.254.169.254',
      '[::1]',
      '::ffff:127.0.0.1',
      'fd00::1',
    ])
      expect([host, await isInternalHost(host)]).toEqual([host, true])
    for (const host of ['93.184.216.34', '2606:4700::6810:84e5'])
      expect([host, await isInternalHost(host)]).toEqual([host, false])
  })
})
