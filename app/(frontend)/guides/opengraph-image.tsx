import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The Careerpath guide list’s card'

export default function GuideListCard() {
  return socialCard({ title: 'All career guides', eyebrow: `${SITE_NAME.toUpperCase()} · GUIDES`, footer: SITE_NAME })
}
