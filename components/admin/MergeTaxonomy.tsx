'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useState } from 'react'

type Option = { id: number; name: string }
type Collection = 'technologies' | 'skills'

const ONE: Record<Collection, string> = { technologies: 'technology', skills: 'skill' }

/** The answer's error message, or a sentence when there is none (an outage, a proxy page). */
async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string; errors?: { message?: string }[] }
    if (body.error) return body.error
    if (body.errors?.[0]?.message) return body.errors[0].message
  } catch {
    // not JSON
  }
  return `The merge did not go through (HTTP ${response.status}). Nothing was changed; try again.`
}

/**
 * "Merge into another technology" (or skill) in the edit view's sidebar: pick the one to keep, read
 * what will happen, confirm; the server re-links every guide, redirects this page and deletes this one.
 */
export function MergeTaxonomy() {
  const { id, collectionSlug } = useDocumentInfo()
  const collection = (collectionSlug === 'skills' ? 'skills' : 'technologies') as Collection
  const one = ONE[collection]
  const name = useFormFields(([fields]) => fields.name?.value as string | undefined) ?? ''
  const guideCount = useFormFields(([fields]) => fields.guideCount?.value as number | undefined) ?? 0
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const router = useRouter()
  const inputId = useId()
  const listId = useId()
  const [options, setOptions] = useState<Option[]>([])
  const [choice, setChoice] = useState('')
  const [confirming, setConfirming] = useState<Option | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    fetch(`/api/${collection}?limit=0&depth=0&select[name]=true&sort=name`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const { docs } = (await response.json()) as { docs: Option[] }
        setOptions(docs.filter((doc) => doc.id !== Number(id)))
      })
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError')
          setError(`The list of ${collection} could not be loaded (${reason.message}); reload the page to try again.`)
      })
    return () => controller.abort()
  }, [collection, id])

  if (id === undefined) return null // a new, unsaved document has nothing to merge

  const review = () => {
    setError('')
    const target = options.find((option) => option.name.toLowerCase() === choice.trim().toLowerCase())
    if (!target) return setError(`Choose an existing ${one} from the list: "${choice.trim() || '(empty)'}" is not one.`)
    setConfirming(target)
  }

  const merge = async (target: Option) => {
    setBusy(true)
    setError('')
    try {
      const response = await fetch(`/api/${collection}/${id}/merge`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ into: target.id }),
      })
      if (!response.ok) {
        setError(await errorOf(response))
        setBusy(false)
        return
      }
      router.push(`${adminRoute}/collections/${collection}/${target.id}`)
    } catch {
      setError('The server could not be reached. Nothing was changed; check your connection and try again.')
      setBusy(false)
    }
  }

  return (
    // Payload's own text-field classes, so the picker looks like the fields above it.
    <div className="field-type text merge-taxonomy">
      <label className="field-label" htmlFor={inputId}>
        Merge into another {one}
      </label>
      <div className="field-type__wrap" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        <input
          id={inputId}
          type="text"
          list={listId}
          value={choice}
          disabled={busy}
          placeholder={`Type to find the ${one} to keep`}
          onChange={(event) => {
            setChoice(event.target.value)
            setConfirming(null)
          }}
        />
      </div>
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.id} value={option.name} />
        ))}
      </datalist>
      {confirming ? (
        <div role="alert">
          <p>
            {guideCount} {guideCount === 1 ? 'guide' : 'guides'} will link to {confirming.name} instead; this page will
            redirect there; {name} will be deleted.
          </p>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy}
            onClick={() => merge(confirming)}
          >
            {busy ? 'Merging…' : `Merge into ${confirming.name}`}
          </button>{' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => setConfirming(null)}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={busy || !choice.trim()}
          onClick={review}
        >
          Merge
        </button>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
