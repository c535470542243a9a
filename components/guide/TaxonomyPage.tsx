import { TAXONOMY_PAGES } from '@/lib/content/taxonomy-pages'
import { getTaxonomyPage, type TaxonomyField } from '@/lib/data/taxonomy'
import { redirectOrNotFound } from '@/lib/redirects/redirect-or-not-found'
import { TaxonomyGuides } from './TaxonomyGuides'

/** A technology's or skill's page: its name, category or kind, description and newest guides; else its redirect or a 404. */
export async function TaxonomyPage<C extends TaxonomyField>({ collection, slug }: { collection: C; slug: string }) {
  const kind = TAXONOMY_PAGES[collection]
  const found = await getTaxonomyPage(collection, slug)
  if (!found) return redirectOrNotFound(kind.path(slug))
  const { doc } = found
  return (
    <>
      <h1>{doc.name}</h1>
      <p className="guide-meta">{kind.label(doc)}</p>
      {doc.description ? <p>{doc.description}</p> : null}
      <TaxonomyGuides
        heading={`Careers that ${kind.verb} ${doc.name}`}
        name={doc.name}
        found={found}
        filter={kind.filter(doc.slug)}
      />
    </>
  )
}
