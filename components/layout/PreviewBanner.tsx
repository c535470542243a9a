import { RefreshOnSave } from './RefreshOnSave'

/** Shown on a page in draft mode: what the editor sees is not live, and how to leave. */
export function PreviewBanner({ path, serverURL }: { path: string; serverURL: string }) {
  return (
    <div role="status" className="preview-banner">
      You are previewing the latest draft; readers see the published version.{' '}
      <a href={`/preview/exit?${new URLSearchParams({ path })}`}>Exit preview</a>
      <RefreshOnSave serverURL={serverURL} />
    </div>
  )
}
