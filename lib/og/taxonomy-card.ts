import { SITE_NAME } from '@/lib/config/site'
import { TAXONOMY_PAGES } from '@/lib/content/taxonomy-pages'
import { getTaxonomyPage, type TaxonomyField } from '@/lib/data/taxonomy'
import { socialCard } from './card'

/** A technology's or skill's social card (its route's opengraph-image.tsx): its name, and its category or kind. */
export async function taxonomySocialCard<C extends TaxonomyField>(collection: C, slug: string) {
  const kind = TAXONOMY_PAGES[collection]
  const found = await getTaxonomyPage(collection, slug)
  return socialCard({
    title: found ? `${found.doc.name}: careers that ${kind.verb} it` : kind.cardFallbackTitle,
    eyebrow: found ? kind.cardEyebrow(found.doc) : SITE_NAME.toUpperCase(),
    footer: SITE_NAME,
  })
}
