import Link from 'next/link'
import { Fragment, type ReactNode } from 'react'
import type { Guide, Person } from '@/payload-types'
import { authorPath } from '@/lib/config/site'

type Named = Pick<Person, 'id' | 'name' | 'slug' | 'credentials'>

const profiles = (values: (number | Named | null | undefined)[]): Named[] =>
  values.filter((value): value is Named => typeof value === 'object' && value !== null)

const ProfileLink = ({ person }: { person: Named }) => (
  // No prefetch: a reader reading the guide downloads no other page (tests/browser/reader-requests.test.ts).
  <Link href={authorPath(person.slug)} prefetch={false}>
    {person.name}
  </Link>
)

/**
 * Who wrote the guide and who checked it: "By A, B · Reviewed by C, PhD · Last reviewed <date>",
 * each name linked to its profile. Parts the guide does not have are left out, and so is the line.
 */
export function Byline({ guide }: { guide: Pick<Guide, 'authors' | 'reviewer' | 'lastReviewedAt'> }) {
  const authors = profiles(guide.authors ?? [])
  const [reviewer] = profiles([guide.reviewer])
  const reviewed = guide.lastReviewedAt ? new Date(guide.lastReviewedAt) : undefined
  const parts: ReactNode[] = []
  if (authors.length)
    parts.push(
      <>
        By{' '}
        {authors.map((person, index) => (
          <Fragment key={person.id}>
            {index > 0 ? ', ' : null}
            <ProfileLink person={person} />
          </Fragment>
        ))}
      </>,
    )
  if (reviewer)
    parts.push(
      <>
        Reviewed by <ProfileLink person={reviewer} />
        {reviewer.credentials ? `, ${reviewer.credentials}` : null}
      </>,
    )
  if (reviewed)
    parts.push(
      <>
        Last reviewed{' '}
        <time dateTime={reviewed.toISOString()}>
          {reviewed.toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' })}
        </time>
      </>,
    )
  if (!parts.length) return null
  return (
    <p className="byline">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? ' · ' : null}
          {part}
        </Fragment>
      ))}
    </p>
  )
}
