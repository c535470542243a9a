import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { FeaturedImage } from '@/components/guide/FeaturedImage'
import { env } from '@/lib/config/env'
import type { Media } from '@/payload-types'

const image = (url: string) =>
  ({ id: 1, alt: 'A bar chart on a monitor', caption: 'An analyst at work', url, width: 1200, height: 630 }) as Media

describe('FeaturedImage', () => {
  it('shows the site’s own image through next/image, with its alt text, size and caption', () => {
    render(<FeaturedImage image={image(`${env().SITE_URL}/api/media/file/analyst.png`)} />)
    const img = screen.getByRole('img', { name: 'A bar chart on a monitor' })
    expect(img.getAttribute('src')).toMatch(/^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fanalyst\.png&w=\d+/)
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '630'])
    expect(screen.getByText('An analyst at work').tagName).toBe('FIGCAPTION')
  })

  it('serves another origin’s image (an S3 bucket) as it is', () => {
    render(<FeaturedImage image={image('https://bucket.s3.example.com/analyst.png')} />)
    expect(screen.getByRole('img').getAttribute('src')).toBe('https://bucket.s3.example.com/analyst.png')
  })

  it('shows nothing for a guide without one, or whose image is gone or not populated', () => {
    const { container } = render(
      <>
        <FeaturedImage image={null} />
        <FeaturedImage image={7} />
        <FeaturedImage image={{ ...image(''), url: null }} />
      </>,
    )
    expect(container.innerHTML).toBe('')
  })
})
