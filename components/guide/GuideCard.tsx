import Image from 'next/image'
import Link from 'next/link'
import type { GuideSummary } from '@/lib/data/guides'
import { guidePath, uploadImageSource } from '@/lib/config/site'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })

/**
 * The card's picture: the image's 1200×630 crop when Payload made one, else the original, in a box of
 * that shape (CSS) so that cards line up and nothing moves as it loads. Decorative beside the title
 * that names the guide, so its alt text is the image's own only on the featured card.
 */
function CardImage({ image, featured }: { image: GuideSummary['featuredImage']; featured: boolean }) {
  if (typeof image !== 'object' || !image) return null
  const crop = image.sizes?.card
  const picked = crop?.url && crop.width && crop.height ? crop : image
  if (!picked.url || !picked.width || !picked.height) return null
  return (
    <Image
      className="card__image"
      {...uploadImageSource(picked.url)}
      alt={featured ? image.alt : ''}
      width={picked.width}
      height={picked.height}
      sizes={featured ? '(max-width: 960px) 100vw, 640px' : '(max-width: 640px) 100vw, 360px'}
      preload={featured}
    />
  )
}

/**
 * A guide in a list: its title (the link, stretched over the card by CSS so the whole card is the
 * target), excerpt and date. `featured` is the home page's lead guide, larger.
 */
export function GuideCard({
  guide,
  headingLevel = 2,
  featured = false,
}: {
  guide: GuideSummary
  headingLevel?: 2 | 3
  featured?: boolean
}) {
  const Title = `h${headingLevel}` as 'h2' | 'h3'
  const date = guide.updatedAt ?? guide.publishedAt
  return (
    <article className={featured ? 'card card--featured' : 'card'}>
      <CardImage image={guide.featuredImage} featured={featured} />
      <p className="card__eyebrow">{guide.role}</p>
      <Title className="card__title">
        <Link href={guidePath(guide.slug)} prefetch={false} className="card__link">
          {guide.title}
        </Link>
      </Title>
      {guide.excerpt ? <p className="card__excerpt">{guide.excerpt}</p> : null}
      <p className="card__meta">
        {date ? (
          <span>
            Updated <time dateTime={date}>{dateFormat.format(new Date(date))}</time>
          </span>
        ) : null}
        {featured ? (
          <span className="card__cta" aria-hidden="true">
            Read the guide →
          </span>
        ) : null}
      </p>
    </article>
  )
}

/** A guide as one line of a list: its role, its title as the link and its date. */
export function GuideLine({ guide }: { guide: GuideSummary }) {
  const date = guide.updatedAt ?? guide.publishedAt
  return (
    <article className="guide-line">
      <p className="card__eyebrow">{guide.role}</p>
      <h3 className="guide-line__title">
        <Link href={guidePath(guide.slug)} prefetch={false}>
          {guide.title}
        </Link>
      </h3>
      {date ? (
        <p className="guide-line__meta">
          Updated <time dateTime={date}>{dateFormat.format(new Date(date))}</time>
        </p>
      ) : null}
    </article>
  )
}
