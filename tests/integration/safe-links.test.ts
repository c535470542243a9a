import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createUser, payloadForThisFile, unique } from './payload'
import { guideData, sectionBlock, technologyData } from '@/tests/support/data'

/**
 * Links that would run script (`javascript:`, `vbscript:`, `data:`, disguised) are refused when a
 * document is saved, with a message, wherever the site stores a link: rich-text links and autolinks
 * in a guide's text sections, a technology's website and a guide's SEO canonical URL.
 */
const getPayload = payloadForThisFile()
let payload: Payload

beforeAll(async () => {
  payload = getPayload()
  await createUser(payload, ['admin'])
})

const HOSTILE = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
]

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const linkNode = (type: 'link' | 'autolink', url: string) => ({
  type,
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false },
  ...(type === 'link' ? { id: unique('link') } : {}),
  children: [text('click me')],
})
/** A guide whose one text section is a paragraph of `nodes`. */
const guideWithParagraph = (...nodes: object[]) =>
  guideData({
    title: `Linked guide ${unique('g')}`,
    content: [
      sectionBlock('Links', {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              textStyle: '',
              children: nodes,
            },
          ],
        },
      }),
    ],
  })
const guideWithLink = (type: 'link' | 'autolink', url: string) => guideWithParagraph(linkNode(type, url))

async function refusal(save: Promise<unknown>): Promise<string> {
  const error = (await save.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { status?: number; message?: string; data?: { errors?: { message: string }[] } } | undefined
  expect(error).toBeDefined()
  expect(error!.status).toBe(400)
  return [error!.message, ...(error!.data?.errors ?? []).map((entry) => entry.message)].join(' | ')
}

describe('links that could run script', () => {
  it.each(HOSTILE.flatMap((url) => [['link', url] as const, ['autolink', url] as const]))(
    'a rich-text %s to %j is refused',
    async (type, url) => {
      const message = await refusal(payload.create({ collection: 'guides', data: guideWithLink(type, url) }))
      expect(message).toMatch(/cannot use a (javascript|vbscript|data): address/)
      expect(
        (
          await payload.find({
            collection: 'guides',
            where: { role: { equals: 'Tester' }, title: { like: 'Linked guide' } },
            limit: 0,
          })
        ).totalDocs,
      ).toBe(0)
    },
  )

  it.each(HOSTILE)('a rich-text link to %j is refused in a draft too, which Payload does not validate', async (url) => {
    const message = await refusal(
      payload.create({ collection: 'guides', draft: true, data: guideWithLink('link', url) }),
    )
    expect(message).toMatch(/cannot use a (javascript|vbscript|data): address/)
  })

  it('a rich-text link to an https address or a path on the site is kept', async () => {
    for (const url of ['https://example.com/notes', '/guides/back-end']) {
      const guide = await payload.create({ collection: 'guides', data: guideWithLink('link', url) })
      expect(JSON.stringify(guide.content)).toContain(url)
      await payload.delete({ collection: 'guides', id: guide.id })
    }
  })

  it.each(HOSTILE)('a technology website %j is refused with a message', async (url) => {
    const message = await refusal(
      payload.create({
        collection: 'technologies',
        data: technologyData({ name: unique('Tech'), category: 'programming-language', website: url }),
      }),
    )
    expect(message).toMatch(/cannot use a (javascript|vbscript|data): address/)
  })

  it.each(HOSTILE)('an SEO canonical URL %j is refused with a message', async (url) => {
    const data = { ...guideWithLink('link', 'https://example.com'), meta: { canonicalUrl: url } }
    const message = await refusal(payload.create({ collection: 'guides', data }))
    expect(message).toMatch(/cannot use a (javascript|vbscript|data): address/)
  })

  it.each(HOSTILE)(
    'an SEO canonical URL %j is refused in a draft too, and the draft keeps what it had',
    async (url) => {
      const draft = await payload.create({
        collection: 'guides',
        draft: true,
        data: {
          title: unique('Canonical draft'),
          role: 'Tester',
          meta: { canonicalUrl: 'https://example.com/first' },
        },
      })
      const message = await refusal(
        payload.update({
          collection: 'guides',
          id: draft.id,
          draft: true,
          data: { meta: { canonicalUrl: url } },
        }),
      )
      expect(message).toMatch(/meta\.canonicalUrl: A link cannot use a (javascript|vbscript|data): address/)
      expect((await payload.findByID({ collection: 'guides', id: draft.id, draft: true })).meta?.canonicalUrl).toBe(
        'https://example.com/first',
      )
    },
  )

  it('a link nested deep in the text is still found', async () => {
    const nested = (levels: number) => {
      let node: Record<string, unknown> = linkNode('link', 'javascript:alert(1)')
      for (let level = 0; level < levels; level++) node = { type: 'listitem', version: 1, children: [node] }
      return guideWithParagraph(linkNode('link', 'https://example.com'), node)
    }
    expect(await refusal(payload.create({ collection: 'guides', draft: true, data: nested(30) }))).toMatch(
      /cannot use a javascript: address/,
    )
  })
})
