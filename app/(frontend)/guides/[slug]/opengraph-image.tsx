import { getPublishedGuide } from '@/lib/data/guides'
import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The guide’s title and role on a Careerpath card'

type Props = { params: Promise<{ slug: string }> }

export default async function GuideCard({ params }: Props) {
  const guide = await getPublishedGuide((await params).slug)
  return socialCard({
    title: guide?.title ?? `${SITE_NAME} career guides`,
    eyebrow: guide ? `${guide.role.toUpperCase()} · CAREER GUIDE` : SITE_NAME.toUpperCase(),
    footer: SITE_NAME,
  })
}
