import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'
import type { User } from '@/payload-types'
import { createUser, payloadForThisFile, unique } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload
let editor: User

beforeAll(async () => {
  payload = getPayload()
  editor = await createUser(payload, ['editor'])
})

/** An upload as an editor sends it: bytes, a declared type and a file name, with access control. */
const upload = (data: Buffer, mimetype: string, name: string) =>
  payload.create({
    collection: 'media',
    data: { alt: 'An image' },
    file: { data, mimetype, name, size: data.length },
    user: editor,
    overrideAccess: false,
  })

const validationMessage = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { message?: string; data?: { errors?: { message: string }[] } }) =>
      error.data?.errors?.[0]?.message ?? error.message ?? 'refused',
  )

describe('media uploads', () => {
  it('accepts a real image', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b57d0' } })
      .png()
      .toBuffer()
    const doc = await upload(png, 'image/png', `${unique('square')}.png`)
    expect(doc.mimeType).toBe('image/png')
  })

  it('judges a file by its bytes, not its name or declared type: HTML named .png is refused', async () => {
    const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>')
    // Sniffed as markup, whatever the name says.
    expect(await validationMessage(upload(html, 'image/png', `${unique('fake')}.png`))).toMatch(
      /^Invalid MIME type: (?!image\/png)/,
    )
  })

  it('refuses SVG, which can carry script', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    expect(await validationMessage(upload(svg, 'image/svg+xml', `${unique('vector')}.svg`))).toMatch(
      /^Invalid MIME type: image\/svg\+xml/,
    )
  })

  it('stores nothing for a refused file', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    await validationMessage(
      upload(Buffer.from('MZ\x90\x00 not really a program'), 'image/jpeg', `${unique('program')}.jpg`),
    )
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})
