import fs from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'

/**
 * The social card shared links show, for every page type (each route's opengraph-image.tsx draws
 * it with its own text) and for a guide without an image of its own: 1200×630, a title and a line
 * above it. Fonts ship with the project (assets/fonts, Inter under the OFL), so nothing is
 * downloaded at build or request time.
 */
export const OG_CARD_SIZE = { width: 1200, height: 630 }

const fontDir = path.join(process.cwd(), 'assets', 'fonts')
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await fs.readFile(path.join(fontDir, `inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  )
  return fonts
}

/** Long titles step down in size so that they always fit in four lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72
  if (title.length <= 70) return 60
  if (title.length <= 110) return 48
  return 40
}

export interface CardText {
  title: string
  eyebrow: string
  footer: string
}

export async function socialCard({ title, eyebrow, footer }: CardText): Promise<ImageResponse> {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: 'linear-gradient(135deg, #0b1f33 0%, #123c5a 100%)',
        color: '#ffffff',
        fontFamily: 'Inter',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#7dd3fc', letterSpacing: 1 }}>
        {eyebrow}
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: titleFontSize(title),
          fontWeight: 700,
          lineHeight: 1.15,
          maxHeight: 400,
          overflow: 'hidden',
        }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 28, fontWeight: 400, color: '#cbd5e1' }}>{footer}</div>
    </div>,
    { ...OG_CARD_SIZE, fonts: await loadFonts() },
  )
}
