'use client'
import { useId, useState } from 'react'
import { MAX_UPLOAD_BYTES } from '@/lib/import/limits'
import type { ImportPreview } from '@/lib/import/preview'

interface ImportResponse {
  error?: string
  preview?: ImportPreview
  result?: { id: number; created: boolean }
  /** Set when a file was sent: the text it was read as. */
  text?: string
  notes?: string[]
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

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
  // What converting an uploaded Word or HTML file left out (images, unknown shortcodes…).
  const [notes, setNotes] = useState<string[]>([])
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
    await post({ text, dryRun, ...(overrides.length ? { overrides } : {}) })
  }

  async function post(request: object, onConverted?: (body: ImportResponse) => void) {
    try {
      const response = await fetch(`${apiRoute}/guides/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      })
      const body = (await response.json()) as ImportResponse
      if (!response.ok || !body.preview)
        return setOutcome({ kind: 'error', message: body.error ?? `The server answered ${response.status}.` })
      onConverted?.(body)
      setNotes(body.notes ?? [])
      if (body.result) return setOutcome({ kind: 'created', preview: body.preview, ...body.result })
      setOutcome({ kind: 'preview', preview: body.preview })
    } catch {
      setOutcome({ kind: 'error', message: 'The server could not be reached; nothing was imported.' })
    }
  }

  /** The server recognises the file by its content and converts it (Word, HTML) to the text the form edits. */
  async function readFile(file: File | undefined) {
    if (!file) return
    if (file.size > MAX_UPLOAD_BYTES)
      return setOutcome({ kind: 'error', message: `${file.name} is larger than 10 MB.` })
    setChoices({})
    setOutcome({ kind: 'busy' })
    const data = await base64Of(file)
    await post({ file: { name: file.name, data }, dryRun: true }, (body) => {
      if (body.text !== undefined) setText(body.text)
    })
  }

  const preview = outcome.kind === 'preview' || outcome.kind === 'created' ? outcome.preview : undefined
  return (
    <div className="import-guide">
      <p className="field-description">
        Takes a writer’s document as plain text (SEO lines such as “SEO Title:” first, then the title and the sections)
        or Markdown with YAML front matter, a Word (.docx) or HTML file: a file of up to 10 MB, or the text pasted
        below. Preview shows what each section becomes before anything is saved; Create draft saves it as a draft for
        you to edit and publish.
      </p>
      <div className="field-type upload" style={{ marginBottom: 'var(--base)' }}>
        <label className="field-label" htmlFor={fileId}>
          Upload a document (.txt, .md, .docx or .html)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".txt,.md,.markdown,.docx,.html,.htm,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
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
        {notes.length > 0 && outcome.kind !== 'error' ? (
          <ul aria-label="Left out when the file was read">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
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
          <h3>Fields read</h3>
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
