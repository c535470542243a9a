import type { Media } from '@/payload-types'
import { GuideList } from '@/components/guide/GuideList'
import { Paragraphs } from '@/components/guide/Paragraphs'
import type { PersonPageData } from '@/lib/data/people'

/** A link's address as readers recognise it: "linkedin.com/in/asha-rao". */
const shownUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')

/** An author's or reviewer's page: photo, name, job, credentials, bio, links and their published guides. */
export function PersonProfile({ person, guides }: PersonPageData) {
  const photo: Media | undefined = typeof person.photo === 'object' && person.photo ? person.photo : undefined
  const links = person.sameAs ?? []
  return (
    <>
      <header className="profile-header">
        {photo?.url ? (
          // Uploads are served by Payload; next/image's optimiser is not used on this site.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            className="profile-photo"
            src={photo.sizes?.content?.url ?? photo.url}
            alt={photo.alt}
            width={photo.width ?? undefined}
            height={photo.height ?? undefined}
          />
        ) : null}
        <div>
          <h1>{person.name}</h1>
          {person.jobTitle ? <p className="guide-meta">{person.jobTitle}</p> : null}
          {person.credentials ? <p className="profile-credentials">{person.credentials}</p> : null}
        </div>
      </header>
      <Paragraphs text={person.bio} />
      {links.length ? (
        // A labelled list is not a landmark (html-validate: aria-label-misuse); a nav of their profiles elsewhere is.
        <nav aria-label={`${person.name} elsewhere`}>
          <ul className="profile-links">
            {links.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} rel="me noopener">
                  {shownUrl(link.url)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <h2>Guides written or reviewed by {person.name}</h2>
      <GuideList guides={guides} headingLevel={3} emptyText={`No published guide names ${person.name} yet.`} />
    </>
  )
}
