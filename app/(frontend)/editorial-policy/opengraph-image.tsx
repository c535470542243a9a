import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The Careerpath editorial policy’s card'

export default function EditorialPolicyCard() {
  return socialCard({ title: 'Editorial policy', eyebrow: SITE_NAME.toUpperCase(), footer: SITE_NAME })
}
