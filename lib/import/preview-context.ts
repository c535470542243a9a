import type { Payload } from 'payload'
import type { ExistingGuide, PreviewContext } from './preview'
import { technologyDictionary, TechnologyMatcher } from './technology-names'

/** What the preview needs from the database: the site's technologies, and the guide the import would update. */
export async function previewContext(payload: Payload, slug: string): Promise<PreviewContext> {
  const technologies = await payload.find({
    collection: 'technologies',
    pagination: false,
    depth: 0,
    select: { name: true, abbreviation: true },
  })
  const guides = await payload.find({
    collection: 'guides',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { title: true, _status: true },
  })
  const guide = guides.docs[0]
  const existing: ExistingGuide | undefined = guide
    ? { id: guide.id, title: guide.title, status: guide._status === 'published' ? 'published' : 'draft' }
    : undefined
  return { technologies: new TechnologyMatcher(await technologyDictionary(), technologies.docs), existing }
}
