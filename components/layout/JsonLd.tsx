import type { Graph } from 'schema-dts'
import { serializeJsonLd } from '@/lib/seo/structured-data'

/** Structured data for search engines; the JSON is escaped so page content can never end the script. */
export function JsonLd({ graph }: { graph: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />
}
