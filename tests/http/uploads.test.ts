import { describe, expect, it } from '@jest/globals'
import sharp from 'sharp'
import { api, base, editorHeaders, get } from './client'

/** Uploads over HTTP, as the admin sends them (multipart): a size limit, with a message a person can act on. */
async function upload(bytes: Buffer, filename: string) {
  const { Authorization } = await editorHeaders()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify({ alt: `Upload test ${filename}` }))
  const response = await get(`${base()}/api/media`, {
    method: 'POST',
    headers: { Authorization: Authorization! },
    body: form,
  })
  return {
    status: response.status,
    json: (await response.json()) as { errors?: { message: string }[]; doc?: { id: number } },
  }
}

const mediaCount = async () => (await api<{ totalDocs: number }>('GET', '/media?limit=1&depth=0')).json.totalDocs

describe('uploads', () => {
  it('refuses a file over 10 MB with 413 and says what to do, storing nothing', async () => {
    const before = await mediaCount()
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b57d0' } })
      .png()
      .toBuffer()
    const oversized = Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024)])
    const { status, json } = await upload(oversized, 'huge.png')
    expect(status).toBe(413)
    expect(json.errors?.[0]?.message).toBe(
      'A file may be at most 10 MB. Make it smaller (e.g. export the image at 2,000 px wide) and upload it again.',
    )
    expect(await mediaCount()).toBe(before)

    // The server is still there, and a file under the limit goes through.
    const small = await upload(png, 'small.png')
    expect(small.status).toBe(201)
    expect(await mediaCount()).toBe(before + 1)
  })
})
