/**
 * For tests/integration/s3-storage.test.ts: through Payload, as configured by the environment
 * (S3_*), uploads an image to the media collection, or deletes one, and prints what happened.
 *   tsx tests/scripts/s3-media-probe.ts upload <file name>
 *   tsx tests/scripts/s3-media-probe.ts delete <id>
 */
import fs from 'node:fs'
import sharp from 'sharp'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'

const [action, argument] = process.argv.slice(2) as ['upload' | 'delete', string]
const payload = await cliPayload()
if (action === 'upload') {
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c03030' } })
    .png()
    .toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'An S3 probe' },
    file: { data: image, mimetype: 'image/png', name: argument, size: image.length },
  })
  const localDir = payload.collections.media.config.upload.staticDir!
  console.log(
    JSON.stringify({
      id: doc.id,
      filename: doc.filename,
      url: doc.url,
      imageBase64: image.toString('base64'),
      localFiles: fs.existsSync(localDir) ? fs.readdirSync(localDir) : [],
    }),
  )
} else {
  await payload.delete({ collection: 'media', id: Number(argument) })
  console.log(JSON.stringify({ deleted: Number(argument) }))
}
await closePayloadAndExit(payload)
