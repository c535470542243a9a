import Image from 'next/image'
import { uploadImageSource } from '@/lib/config/site'
import type { Guide } from '@/payload-types'

/** The guide's featured image under its title, with its caption; nothing when it has none or the image is gone. */
export function FeaturedImage({ image }: { image: Guide['featuredImage'] }) {
  if (typeof image !== 'object' || !image?.url || !image.width || !image.height) return null
  return (
    <figure className="guide-hero">
      <Image
        {...uploadImageSource(image.url)}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(max-width: 960px) 100vw, 960px"
        preload
      />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  )
}
