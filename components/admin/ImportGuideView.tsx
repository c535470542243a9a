import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { ImportGuideForm } from './ImportGuideForm'
import { WordPressImportForm } from './WordPressImportForm'

/** /admin/import-guide: the importer inside the admin's own layout and navigation. */
export function ImportGuideView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { routes } = req.payload.config
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Import a guide</h1>
        {req.user ? (
          <>
            <ImportGuideForm adminRoute={routes.admin} apiRoute={routes.api} />
            <WordPressImportForm adminRoute={routes.admin} apiRoute={routes.api} />
          </>
        ) : (
          <p>Sign in as an editor to import guides.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
