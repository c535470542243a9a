import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { GuideCard, GuideLine } from '@/components/guide/GuideCard'
import { SearchBox } from '@/components/search/SearchBox'
import { ChipList, TechnologyChip } from '@/components/taxonomy/Chips'
import { getPublishedGuides } from '@/lib/data/guides'
import { getPopularTechnologies } from '@/lib/data/taxonomy'
import { pageMetadata } from '@/lib/seo/metadata'
import { SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from '@/lib/config/site'
import { env } from '@/lib/config/env'
import { homeStructuredData } from '@/lib/seo/structured-data'
import { JsonLd } from '@/components/layout/JsonLd'

// In a route group of its own so that its social card (opengraph-image.tsx) is the home page's
// alone: beside the (frontend) layout it would be every page's that has none.
export const metadata: Metadata = pageMetadata({ title: SITE_TITLE, description: SITE_DESCRIPTION, canonical: '/' })

/** How many guides the home page lists beside the featured one and below it, and how many technologies. */
const LATEST_GUIDES = 4
const MORE_GUIDES = 6
const TECHNOLOGIES = 18

const PROMISES = [
  {
    title: 'Researched',
    text: 'Each guide covers what the job involves day to day, the skills and tools employers ask for, and the steps in.',
  },
  {
    title: 'Reviewed',
    text: 'An editor reviews every guide before it is published, against our editorial policy.',
  },
  {
    title: 'Kept current',
    text: 'Every guide shows when it was last updated, and readers can point out what has changed in the comments.',
  },
]

export default async function HomePage() {
  // Rendered per request from cached data rather than prerendered at build time, so that a build
  // never bakes in the content of whatever database the build machine had.
  await connection()
  const [guides, technologies] = await Promise.all([getPublishedGuides(), getPopularTechnologies(TECHNOLOGIES)])
  // The newest guide leads (the site has no editor's pick of its own), the next ones beside it.
  const [featured, ...rest] = guides
  const latest = rest.slice(0, LATEST_GUIDES)
  const more = rest.slice(LATEST_GUIDES, LATEST_GUIDES + MORE_GUIDES)
  return (
    <>
      <JsonLd graph={homeStructuredData({ siteUrl: env().SITE_URL, siteName: SITE_NAME })} />
      <section className="hero full-bleed" aria-labelledby="home-title">
        <div className="hero__content">
          <h1 id="home-title">Career guides</h1>
          <p className="hero__lead">
            In-depth guides to technology careers: what each role does, the skills and technologies it needs, what it
            pays and how to get there.
          </p>
          <SearchBox id="home-search" label="Search the guides" />
          <p className="hero__links">
            <Link href="/guides" prefetch={false}>
              Browse all guides
            </Link>
            <Link href="/technologies" prefetch={false}>
              Explore technologies
            </Link>
          </p>
        </div>
      </section>

      {featured ? (
        <div className={latest.length ? 'home-section lead-grid lead-grid--with-latest' : 'home-section lead-grid'}>
          <section aria-labelledby="featured-heading">
            <h2 id="featured-heading" className="section-heading">
              Featured guide
            </h2>
            <GuideCard guide={featured} headingLevel={3} featured />
          </section>
          {latest.length ? (
            <section aria-labelledby="latest-heading" className="latest">
              <h2 id="latest-heading" className="section-heading">
                Latest guides
              </h2>
              <ol className="latest__list">
                {latest.map((guide) => (
                  <li key={guide.id}>
                    <GuideLine guide={guide} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
      ) : (
        <p className="empty-state">No guides are published yet.</p>
      )}

      {more.length ? (
        <HomeSection id="more-heading" title="More career guides" more={{ href: '/guides', label: 'All guides' }}>
          <ul className="card-grid">
            {more.map((guide) => (
              <li key={guide.id}>
                <GuideCard guide={guide} headingLevel={3} />
              </li>
            ))}
          </ul>
        </HomeSection>
      ) : null}

      {technologies.length ? (
        <HomeSection
          id="technologies-heading"
          title="Browse by technology"
          more={{ href: '/technologies', label: 'All technologies' }}
        >
          <p className="section-intro">The languages, databases, platforms and tools our guides name most.</p>
          <ChipList items={technologies} render={(technology) => <TechnologyChip technology={technology} />} />
        </HomeSection>
      ) : null}

      <section className="home-section promises" aria-labelledby="promises-heading">
        <h2 id="promises-heading" className="section-heading">
          How we write our guides
        </h2>
        <ul className="promises__list">
          {PROMISES.map((promise) => (
            <li key={promise.title}>
              <h3>{promise.title}</h3>
              <p>{promise.text}</p>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/editorial-policy" prefetch={false}>
            Read our editorial policy
          </Link>
        </p>
      </section>
    </>
  )
}

/** A section of the home page: its heading, a link to the whole list, and what it shows. */
function HomeSection({
  id,
  title,
  more,
  children,
}: {
  id: string
  title: string
  more: { href: string; label: string }
  children: React.ReactNode
}) {
  return (
    <section className="home-section" aria-labelledby={id}>
      <div className="section-header">
        <h2 id={id} className="section-heading">
          {title}
        </h2>
        <Link href={more.href} className="section-header__more" prefetch={false}>
          {more.label} <span aria-hidden="true">→</span>
        </Link>
      </div>
      {children}
    </section>
  )
}
