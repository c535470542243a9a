import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'
import { SITE_NAME } from '@/lib/config/site'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The Careerpath home page’s card: career guides'

export default function HomeCard() {
  return socialCard({
    title: 'Career guides: what each role does and how to get there',
    eyebrow: SITE_NAME.toUpperCase(),
    footer: SITE_NAME,
  })
}
