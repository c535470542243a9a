import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The Careerpath contact page’s card'

export default function ContactCard() {
  return socialCard({ title: 'Contact the editors', eyebrow: SITE_NAME.toUpperCase(), footer: SITE_NAME })
}
