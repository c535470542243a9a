import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { env } from '@/lib/config/env'
import { anyone, editors, nobodyField, signedInField } from '@/collections/access'
import { revalidateMedia, revalidateMediaDelete } from './revalidateMedia'

const mediaDir = () => path.join(env().DATA_DIR, 'media')

/**
 * `/api/media/file/<name>` for a name that is no file: 400 for control characters (a NUL made
 * Node's file system throw), 404 for a file that does not exist (Payload answers both with a 500).
 * Runs before S3's handler and Payload's local one; with S3 that handler answers a missing file.
 */
async function answerUnservableFile(
  req: PayloadRequest,
  { params }: { params: { filename: string } },
): Promise<Response | void> {
  if (/[\u0000-\u001f\u007f]/.test(params.filename)) {
    return Response.json(
      { errors: [{ message: 'A file name cannot contain control characters such as NUL (%00).' }] },
      { status: 400 },
    )
  }
  if (env().S3_BUCKET) return
  const exists = await fs.stat(path.join(mediaDir(), path.basename(params.filename))).then(
    (stats) => stats.isFile(),
    () => false,
  )
  if (!exists)
    return Response.json(
      { errors: [{ message: `There is no file named ${JSON.stringify(params.filename)}.` }] },
      { status: 404 },
    )
}

export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: anyone, create: editors, update: editors, delete: editors },
  admin: { useAsTitle: 'alt' },
  hooks: { afterChange: [revalidateMedia], afterDelete: [revalidateMediaDelete] },
  upload: {
    staticDir: mediaDir(),
    // Payload's type allows Promise<Response> or Promise<void>, not the Promise<Response | void> an async handler that sometimes answers is.
    handlers: [answerUnservableFile as (...args: Parameters<typeof answerUnservableFile>) => Promise<Response>],
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif'],
    imageSizes: [
      { name: 'card', width: 1200, height: 630, position: 'centre' },
      { name: 'content', width: 960 },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
    },
    {
      name: 'caption',
      type: 'text',
      admin: { description: 'Shown under the image, e.g. the photographer or what it illustrates.' },
    },
    {
      // The address an import found the image at, so a second run of the same export reuses it.
      name: 'sourceUrl',
      type: 'text',
      index: true,
      access: { read: signedInField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, description: 'Where an import took this image from.' },
    },
  ],
}
