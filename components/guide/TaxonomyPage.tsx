import type { Technology } from '@/payload-types'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { TechnologyLogo } from '@/components/taxonomy/Chips'
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
      <header className="page-header taxonomy-header">
        <Breadcrumbs
          trail={[
            { name: 'Home', href: '/' },
            // Skills have no index page of their own.
            ...(collection === 'technologies' ? [{ name: 'Technologies', href: '/technologies' }] : []),
            { name: doc.name },
          ]}
        />
        <div className="taxonomy-header__title">
          {collection === 'technologies' ? (
            <TechnologyLogo technology={doc as Technology} size={40} className="taxonomy-header__icon" />
          ) : null}
          <div>
            <p className="page-header__kicker">{kind.label(doc)}</p>
            <h1>{doc.name}</h1>
          </div>
        </div>
        {doc.description ? <p className="page-header__lead">{doc.description}</p> : null}
      </header>
      <TaxonomyGuides
        heading={`Careers that ${kind.verb} ${doc.name}`}
        name={doc.name}
        found={found}
        filter={kind.filter(doc.slug)}
      />
    </>
  )
}
