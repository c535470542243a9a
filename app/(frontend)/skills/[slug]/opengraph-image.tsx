import { OG_CARD_SIZE } from '@/lib/og/card'
import { taxonomySocialCard } from '@/lib/og/taxonomy-card'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The skill’s name on a Careerpath card'

type Props = { params: Promise<{ slug: string }> }

export default async function SkillCard({ params }: Props) {
  return taxonomySocialCard('skills', (await params).slug)
}
