import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { freePort } from '@/scripts/lib/server'
import { runScriptAsync } from '../setup/run-script'
import { describeExit } from '../setup/test-database'

/**
 * With S3_* set, media go to the bucket through Payload's S3 storage adapter and not to the local
 * disk. The bucket is s3rver's: a real S3 HTTP API on loopback (the AWS SDK signs and sends real
 * requests to it), with its objects in a temporary folder.
 */
const BUCKET = 'careerpath-media'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-s3-'))
let s3: S3rver
let endpoint: string
const client = () =>
  new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })

beforeAll(async () => {
  const port = await freePort()
  s3 = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: path.join(work, 'bucket-store'),
    configureBuckets: [{ name: BUCKET }],
  })
  await s3.run()
  endpoint = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  await s3?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

// Asynchronous: the S3 server runs in this process and must keep answering while the probe works.
async function probe(args: string[]) {
  const result = await runScriptAsync('tests/scripts/s3-media-probe.ts', args, {
    ...process.env,
    DATA_DIR: path.join(work, 'data'),
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  if (result.status !== 0)
    throw new Error(`the S3 probe failed (${describeExit(result)}):\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>
}

describe('media in S3 (S3_BUCKET set)', () => {
  it('stores an upload in the bucket, not on local disk, and removes it with its document', async () => {
    const name = `s3-probe-${Date.now().toString(36)}.png`
    const uploaded = (await probe(['upload', name])) as {
      id: number
      filename: string
      url: string
      imageBase64: string
      localFiles: string[]
    }
    expect(uploaded.filename).toBe(name)
    expect(uploaded.url).toMatch(new RegExp(`/api/media/file/${name}$`))
    expect(uploaded.localFiles).toEqual([])

    const stored = await client().send(new GetObjectCommand({ Bucket: BUCKET, Key: name }))
    expect(stored.ContentType).toBe('image/png')
    expect(
      Buffer.from(await stored.Body!.transformToByteArray()).equals(Buffer.from(uploaded.imageBase64, 'base64')),
    ).toBe(true)

    expect(await probe(['delete', String(uploaded.id)])).toEqual({ deleted: uploaded.id })
    await expect(client().send(new HeadObjectCommand({ Bucket: BUCKET, Key: name }))).rejects.toMatchObject({
      name: 'NotFound',
    })
  })
})
