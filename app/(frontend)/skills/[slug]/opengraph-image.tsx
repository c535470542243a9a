import { getSkill } from '@/lib/queries'
import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The skill’s name on a Careerpath card'

type Props = { params: Promise<{ slug: string }> }

export default async function SkillCard({ params }: Props) {
  const found = await getSkill((await params).slug)
  return socialCard({
    title: found ? `${found.skill.name}: careers that need it` : `${SITE_NAME} skills`,
    eyebrow: found ? `${found.skill.kind === 'soft' ? 'SOFT' : 'TECHNICAL'} SKILL` : SITE_NAME.toUpperCase(),
    footer: SITE_NAME,
  })
}
