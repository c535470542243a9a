import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The Careerpath about page’s card'

export default function AboutCard() {
  return socialCard({ title: `About ${SITE_NAME}`, eyebrow: SITE_NAME.toUpperCase(), footer: SITE_NAME })
}
