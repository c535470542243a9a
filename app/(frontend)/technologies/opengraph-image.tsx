import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The Careerpath technology list’s card'

export default function TechnologyListCard() {
  return socialCard({
    title: 'Technologies and the careers that use them',
    eyebrow: `${SITE_NAME.toUpperCase()} · TECHNOLOGIES`,
    footer: SITE_NAME,
  })
}
