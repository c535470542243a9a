'use client'
import { useId, useState } from 'react'
import type { ImportPreview } from '@/lib/import/preview'

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'created'; preview: ImportPreview; id: number; created: boolean }

/** The classes Payload's own Button gives its buttons, so these look like the rest of the admin. */
const BUTTON = (style: 'primary' | 'secondary') =>
  `btn btn--icon-style-without-border btn--size-medium btn--withoutPopup btn--style-${style}`

/** Paste or upload a writer's document, check what the importer reads, then create the draft. */
export function ImportGuideForm({
  adminRoute = '/admin',
  apiRoute = '/api',
}: {
  adminRoute?: string
  apiRoute?: string
}) {
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  // The editor's choice of kind per section (by index), sent with the next preview or import.
  const [choices, setChoices] = useState<Record<number, string>>({})
  const textId = useId()
  const fileId = useId()

  async function send(dryRun: boolean) {
    const overrides = Object.entries(choices).map(([section, value]) => {
      const [kind, category] = value.split(':')
      return category ? { section: Number(section), kind, category } : { section: Number(section), kind }
    })
    setOutcome({ kind: 'busy' })
    try {
      const response = await fetch(`${apiRoute}/guides/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, dryRun, ...(overrides.length ? { overrides } : {}) }),
      })
      const body = (await response.json()) as {
        error?: string
        preview?: ImportPreview
        result?: { id: number; created: boolean }
      }
      if (!response.ok || !body.preview)
        return setOutcome({ kind: 'error', message: body.error ?? `The server answered ${response.status}.` })
      if (body.result) return setOutcome({ kind: 'created', preview: body.preview, ...body.result })
      setOutcome({ kind: 'preview', preview: body.preview })
    } catch {
      setOutcome({ kind: 'error', message: 'The server could not be reached; nothing was imported.' })
    }
  }

  async function readFile(file: File | undefined) {
    if (!file) return
    if (file.size > 1024 * 1024) return setOutcome({ kind: 'error', message: `${file.name} is larger than 1 MB.` })
    setText(await file.text())
    setChoices({})
    setOutcome({ kind: 'idle' })
  }

  const preview = outcome.kind === 'preview' || outcome.kind === 'created' ? outcome.preview : undefined
  return (
    <div className="import-guide">
      <p className="field-description">
        Takes a writer’s document as plain text (SEO lines such as “SEO Title:” first, then the title and the sections)
        or Markdown with YAML front matter: a .txt or .md file of up to 1 MB, or the text pasted below. Preview shows
        what each section becomes before anything is saved; Create draft saves it as a draft for you to edit and
        publish.
      </p>
      <div className="field-type upload" style={{ marginBottom: 'var(--base)' }}>
        <label className="field-label" htmlFor={fileId}>
          Upload a document (.txt or .md)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          onChange={(event) => readFile(event.target.files?.[0])}
        />
      </div>
      <div className="field-type textarea" style={{ marginBottom: 'var(--base)' }}>
        <label className="field-label" htmlFor={textId}>
          Or paste it here
        </label>
        <div className="textarea-outer">
          <textarea
            id={textId}
            className="textarea-element"
            rows={14}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              setChoices({})
            }}
          />
        </div>
      </div>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
        <button
          type="button"
          className={BUTTON('secondary')}
          disabled={!text || outcome.kind === 'busy'}
          onClick={() => send(true)}
        >
          Preview
        </button>
        <button
          type="button"
          className={BUTTON('primary')}
          disabled={!text || outcome.kind === 'busy'}
          onClick={() => send(false)}
        >
          Create draft
        </button>
      </div>
      <div role="status" aria-live="polite">
        {outcome.kind === 'busy' ? <p>Reading the document…</p> : null}
        {outcome.kind === 'error' ? <p role="alert">{outcome.message}</p> : null}
        {outcome.kind === 'created' ? (
          <p>
            {outcome.created ? 'Created' : 'Updated'} the draft of “{outcome.preview.title}”.{' '}
            <a href={`${adminRoute}/collections/guides/${outcome.id}`}>Open it in the editor</a>
          </p>
        ) : null}
      </div>
      {preview ? (
        <section aria-label="Preview">
          <h2>{preview.title}</h2>
          <p>
            /guides/{preview.slug} · role {preview.role}
          </p>
          <h3>SEO fields read</h3>
          <dl>
            {preview.seo.map((field) => (
              <div key={field.label}>
                <dt>{field.label}</dt>
                <dd>{field.value ?? '— (not in the document)'}</dd>
              </div>
            ))}
          </dl>
          <h3>Sections</h3>
          <p>
            Each section says what it becomes and why. A list can be made into something else before the draft is
            created.
          </p>
          <ol>
            {preview.sections.map((section, index) => (
              <li key={index} style={{ marginLeft: `${(section.level - 2) * 1.5}rem` }}>
                <strong>{section.heading}</strong> — {section.summary}
                <br />
                <small>
                  {section.lines ? `Lines ${section.lines.from}–${section.lines.to}: ` : ''}
                  {section.why}
                </small>
                {section.choice ? (
                  <>
                    <br />
                    <label className="field-label">
                      Make “{section.heading}” into{' '}
                      <select
                        value={choices[index] ?? section.choice}
                        onChange={(event) => setChoices({ ...choices, [index]: event.target.value })}
                      >
                        {preview.kindChoices.map((choice) => (
                          <option key={choice.value} value={choice.value}>
                            {choice.label}
                          </option>
                        ))}
                      </select>
                    </label>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
          <h3>Warnings</h3>
          {preview.warnings.length ? (
            <ul>
              {preview.warnings.map((warning, index) => (
                <li key={index}>
                  {warning.line ? `Line ${warning.line}: ` : ''}
                  {warning.message}
                </li>
              ))}
            </ul>
          ) : (
            <p>None.</p>
          )}
          <h3>Skipped lines</h3>
          {preview.skipped.length ? (
            <ul>
              {preview.skipped.map((line, index) => (
                <li key={index}>
                  Line {line.line}: {line.message}
                </li>
              ))}
            </ul>
          ) : (
            <p>None.</p>
          )}
        </section>
      ) : null}
    </div>
  )
}
