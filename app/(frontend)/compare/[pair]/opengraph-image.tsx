import { comparisonName } from '@/lib/compare/links'
import { SITE_NAME } from '@/lib/config/site'
import { getComparison } from '@/lib/data/comparisons'
import { OG_CARD_SIZE, socialCard } from '@/lib/og/card'

export const size = OG_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The two careers compared, on a Careerpath card'

type Props = { params: Promise<{ pair: string }> }

export default async function ComparisonCard({ params }: Props) {
  const comparison = await getComparison((await params).pair)
  const found = comparison.kind === 'found'
  return socialCard({
    title: found ? comparisonName(comparison.a, comparison.b) : `${SITE_NAME} career comparisons`,
    eyebrow: found ? 'CAREER COMPARISON' : SITE_NAME.toUpperCase(),
    footer: SITE_NAME,
  })
}
