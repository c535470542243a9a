import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { env } from '../lib/env'
import { anyone, editors } from './access'

export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: anyone, create: editors, update: editors, delete: editors },
  admin: { useAsTitle: 'alt' },
  upload: {
    staticDir: path.join(env().DATA_DIR, 'media'),
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
  ],
}
