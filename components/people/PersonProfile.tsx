import Image from 'next/image'
import type { Media } from '@/payload-types'
import { uploadImageSource } from '@/lib/config/site'
import { GuideList } from '@/components/guide/GuideList'
import { Paragraphs } from '@/components/guide/Paragraphs'
import type { PersonPageData } from '@/lib/data/people'

/** A link's address as readers recognise it: "linkedin.com/in/asha-rao". */
const shownUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')

/** An author's or reviewer's page: photo, name, job, credentials, bio, links and their published guides. */
export function PersonProfile({ person, guides }: PersonPageData) {
  const photo: Media | undefined = typeof person.photo === 'object' && person.photo ? person.photo : undefined
  const links = person.sameAs ?? []
  const initials = person.name
    .split(/\s+/)
    .map((word) => word[0])
    .filter((letter) => letter && /\p{L}/u.test(letter))
    .slice(0, 2)
    .join('')
  return (
    <>
      <header className="page-header profile-header">
        {photo?.url && photo.width && photo.height ? (
          <Image
            className="profile-photo"
            {...uploadImageSource(photo.url)}
            alt={photo.alt}
            width={photo.width}
            height={photo.height}
            sizes="88px"
          />
        ) : (
          <span className="profile-photo profile-photo--initials" aria-hidden="true">
            {initials}
          </span>
        )}
        <div className="profile-header__text">
          <h1>{person.name}</h1>
          {person.jobTitle ? <p className="page-header__lead">{person.jobTitle}</p> : null}
          {person.credentials ? <p className="profile-credentials">{person.credentials}</p> : null}
        </div>
      </header>
      {person.bio ? (
        <div className="prose profile-bio">
          <Paragraphs text={person.bio} />
        </div>
      ) : null}
      {links.length ? (
        // A labelled list is not a landmark (html-validate: aria-label-misuse); a nav of their profiles elsewhere is.
        <nav aria-label={`${person.name} elsewhere`}>
          <ul className="profile-links">
            {links.map((link) => (
              <li key={link.id ?? link.url}>
                <a className="chip" href={link.url} rel="me noopener">
                  {shownUrl(link.url)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section className="profile-guides" aria-labelledby="profile-guides-heading">
        <h2 id="profile-guides-heading" className="section-heading">
          Guides written or reviewed by {person.name}
        </h2>
        <GuideList guides={guides} headingLevel={3} emptyText={`No published guide names ${person.name} yet.`} />
      </section>
    </>
  )
}
