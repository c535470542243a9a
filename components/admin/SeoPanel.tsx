'use client'
import { useAllFormFields, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { analyseGuide, seoInputOf, type SeoInput } from '@/lib/seo/analysis'
import { SeoChecks } from './SeoChecks'

type GuideFormValues = Parameters<typeof seoInputOf>[0]
type OtherGuides = NonNullable<SeoInput['otherGuides']>

/** Other guides with a similar focus keyword, for the duplicate-targeting check (looked up as the editor pauses). */
function useGuidesTargeting(keyword: string, id: number | string | undefined): OtherGuides {
  const [guides, setGuides] = useState<OtherGuides>([])
  useEffect(() => {
    if (!keyword.trim()) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({
        'where[meta.focusKeyword][like]': keyword,
        depth: '0',
        limit: '10',
        'select[title]': 'true',
        'select[slug]': 'true',
        'select[meta]': 'true',
      })
      if (id !== undefined) query.set('where[id][not_equals]', String(id))
      try {
        const response = await fetch(`/api/guides?${query}`, { credentials: 'include', signal: controller.signal })
        if (!response.ok) return
        const { docs } = (await response.json()) as {
          docs: { title: string; slug: string; meta?: { focusKeyword?: string | null } }[]
        }
        setGuides(docs.map((doc) => ({ title: doc.title, slug: doc.slug, focusKeyword: doc.meta?.focusKeyword })))
      } catch {
        // Aborted or offline: the check simply has no rivals to report.
      }
    }, 500)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [keyword, id])
  return keyword.trim() ? guides : []
}

/** The guide's SEO checks in the edit view's sidebar, recomputed from the form as the editor types. */
export function SeoPanel() {
  const [fields] = useAllFormFields()
  const { id } = useDocumentInfo()
  const deferredFields = useDeferredValue(fields)
  const values = useMemo(() => reduceFieldsToValues(deferredFields, true) as GuideFormValues, [deferredFields])
  const others = useGuidesTargeting(values.meta?.focusKeyword ?? '', id)
  const analysis = useMemo(() => analyseGuide(seoInputOf(values, others)), [values, others])
  // The site's public origin from the config, the same on the server and in the browser (reading
  // window.location here made the server's and the browser's render differ: React error 418).
  const origin = useConfig().config.serverURL
  return (
    <SeoChecks
      analysis={analysis}
      snippet={{
        title: values.meta?.title || values.title || '',
        url: `${origin}/guides/${values.slug ?? ''}`,
        description: values.meta?.description ?? '',
      }}
    />
  )
}
