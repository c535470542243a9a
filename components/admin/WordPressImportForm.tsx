'use client'
import { useEffect, useId, useState } from 'react'
import type { WxrReport } from '@/lib/import/wordpress/import-wxr'

interface ImportRun {
  id: number
  status: 'queued' | 'running' | 'done' | 'failed'
  progress?: number | null
  posts?: number | null
  error?: string | null
  report?: WxrReport | null
}

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string }
  | { kind: 'error'; message: string }
  | { kind: 'run'; run: ImportRun }

const POLL_MS = 1500
const MAX_EXPORT_MB = 128

function Summary({ report }: { report: WxrReport }) {
  const count = (outcome: string) => report.posts.filter((post) => post.outcome === outcome).length
  const notImported = report.posts.filter((post) => post.outcome === 'skipped' || post.outcome === 'failed')
  return (
    <>
      <table>
        <caption>What the import did</caption>
        <tbody>
          <tr>
            <th scope="row">Guides</th>
            <td>
              {count('created')} created, {count('updated')} updated, {count('skipped')} skipped, {count('failed')}{' '}
              failed
            </td>
          </tr>
          <tr>
            <th scope="row">Authors</th>
            <td>
              {report.authors.created} created, {report.authors.existing} already here
              {report.authors.notCreated ? ` (${report.authors.notCreated})` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">Comments</th>
            <td>
              {report.comments.created} created, {report.comments.existing} already here,{' '}
              {Object.values(report.comments.skipped).reduce((a, b) => a + b, 0)} left out
            </td>
          </tr>
          <tr>
            <th scope="row">Images</th>
            <td>
              {report.media.created} created, {report.media.existing} already here, {report.media.missing} missing
            </td>
          </tr>
          <tr>
            <th scope="row">Not posts</th>
            <td>
              {Object.entries(report.skippedTypes)
                .map(([type, n]) => `${n} ${type}`)
                .join(', ') || 'none'}
            </td>
          </tr>
        </tbody>
      </table>
      {notImported.length > 0 ? (
        <>
          <h3>Not imported</h3>
          <ul>
            {notImported.map((post, index) => (
              <li key={index}>
                {post.title}: {post.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

/** Upload a whole WordPress export; a job imports it while this shows how far it is. */
export function WordPressImportForm({
  adminRoute = '/admin',
  apiRoute = '/api',
}: {
  adminRoute?: string
  apiRoute?: string
}) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const fileId = useId()
  const runId =
    state.kind === 'run' && (state.run.status === 'queued' || state.run.status === 'running') ? state.run.id : 0

  useEffect(() => {
    if (!runId) return
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`${apiRoute}/import-runs/${runId}?depth=0`, { credentials: 'include' })
        if (response.ok) setState({ kind: 'run', run: (await response.json()) as ImportRun })
      } catch {
        // The next poll tries again; the import goes on on the server either way.
      }
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [runId, apiRoute])

  async function upload(file: File | undefined) {
    if (!file) return
    if (file.size > MAX_EXPORT_MB * 1024 * 1024)
      return setState({
        kind: 'error',
        message: `${file.name} is larger than ${MAX_EXPORT_MB} MB: import it with npm run import -- <file>.`,
      })
    setState({ kind: 'uploading', name: file.name })
    try {
      const response = await fetch(`${apiRoute}/guides/import-wordpress`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xml', 'X-File-Name': encodeURIComponent(file.name) },
        body: file,
      })
      const body = (await response.json()) as { run?: number; error?: string }
      if (!response.ok || !body.run)
        return setState({ kind: 'error', message: body.error ?? `The server answered ${response.status}.` })
      setState({ kind: 'run', run: { id: body.run, status: 'queued', progress: 0, posts: 0 } })
    } catch {
      setState({ kind: 'error', message: 'The server could not be reached; nothing was imported.' })
    }
  }

  const run = state.kind === 'run' ? state.run : undefined
  return (
    <section aria-labelledby={`${fileId}-heading`} className="wordpress-import">
      <h2 id={`${fileId}-heading`}>A whole WordPress site</h2>
      <p className="field-description">
        The file WordPress writes under Tools → Export (up to {MAX_EXPORT_MB} MB): every post becomes a guide with its
        status, Yoast or Rank Math fields, author, comments, featured image and old addresses (redirected). Running the
        same export again updates the same guides. Images are fetched from the site’s public address; for images
        WordPress cannot serve, use npm run import with --uploads.
      </p>
      <div className="field-type upload" style={{ marginBottom: 'var(--base)' }}>
        <label className="field-label" htmlFor={fileId}>
          Upload a WordPress export (.xml)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".xml,application/xml,text/xml"
          disabled={state.kind === 'uploading' || Boolean(runId)}
          onChange={(event) => upload(event.target.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'uploading' ? <p>Uploading {state.name}…</p> : null}
        {state.kind === 'error' ? <p role="alert">{state.message}</p> : null}
        {run && (run.status === 'queued' || run.status === 'running') ? (
          <p>
            <label htmlFor={`${fileId}-progress`}>
              {run.status === 'queued' ? 'Waiting to start' : `Importing: ${run.posts ?? 0} posts so far`}
            </label>{' '}
            <progress id={`${fileId}-progress`} max={100} value={run.progress ?? 0}>
              {run.progress ?? 0}%
            </progress>
          </p>
        ) : null}
        {run?.status === 'failed' ? <p role="alert">The import stopped: {run.error}</p> : null}
        {run?.status === 'done' && run.report ? (
          <>
            <p>
              Done. <a href={`${adminRoute}/collections/guides`}>See the guides</a> ·{' '}
              <a href={`${adminRoute}/collections/import-runs/${run.id}`}>This import’s full report</a>
            </p>
            <Summary report={run.report} />
          </>
        ) : null}
      </div>
    </section>
  )
}
