import Link from 'next/link'
import type { GuideSummary } from '@/lib/data/guides'
import { guidePath } from '@/lib/config/site'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })

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
