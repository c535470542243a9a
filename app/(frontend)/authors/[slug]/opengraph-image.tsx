import { getPersonPage } from '@/lib/data/people'
import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The author’s name and role on a Careerpath card'

type Props = { params: Promise<{ slug: string }> }

export default async function AuthorCard({ params }: Props) {
  const person = (await getPersonPage((await params).slug))?.person
  return socialCard({
    title: person?.name ?? `${SITE_NAME} authors`,
    eyebrow: person?.jobTitle
      ? `${person.jobTitle.toUpperCase()} · ${SITE_NAME.toUpperCase()}`
      : SITE_NAME.toUpperCase(),
    footer: person?.credentials ?? SITE_NAME,
  })
}
