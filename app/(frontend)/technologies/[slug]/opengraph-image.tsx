import { getTechnology } from '@/lib/queries'
import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'
import { technologyCategoryLabel } from '@/lib/content/taxonomy'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The technology’s name on a Careerpath card'

type Props = { params: Promise<{ slug: string }> }

export default async function TechnologyCard({ params }: Props) {
  const found = await getTechnology((await params).slug)
  return socialCard({
    title: found ? `${found.technology.name}: careers that use it` : `${SITE_NAME} technologies`,
    eyebrow: found
      ? `${technologyCategoryLabel(found.technology.category).toUpperCase()} · TECHNOLOGY`
      : SITE_NAME.toUpperCase(),
    footer: SITE_NAME,
  })
}
