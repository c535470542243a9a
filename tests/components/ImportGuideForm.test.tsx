import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { fireEvent, render, screen } from '@testing-library/react'
import { ImportGuideForm } from '../../components/admin/ImportGuideForm'

const preview = {
  title: 'DevOps Engineer: Complete Career Guide (2026)',
  role: 'DevOps Engineer',
  slug: 'devops-engineer-career-guide',
  meta: { title: 'DevOps Engineer Career Guide 2026', secondaryKeywords: [] },
  sections: [{ heading: 'Soft Skills', level: 2, type: 'skillList', items: 2 }],
  warnings: [{ line: 7, message: 'Unknown header "word count" is not imported' }],
  skipped: [{ line: 33, message: 'boilerplate "Leave a Reply"' }],
}

function mockFetch(status: number, body: unknown) {
  // jsdom has no Response; the form only reads ok, status and json().
  const fetchMock = jest.fn(async () => ({ ok: status < 400, status, json: async () => body }))
  global.fetch = fetchMock as unknown as typeof fetch
  return fetchMock
}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('ImportGuideForm', () => {
  it('has labelled inputs and only enables its buttons once there is a document', () => {
    render(<ImportGuideForm />)
    expect(screen.getByLabelText('Or paste it here')).toBeInTheDocument()
    expect(screen.getByLabelText('Upload a document (.txt or .md)')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled()
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'SEO Title: x' } })
    expect(screen.getByRole('button', { name: 'Preview' })).toBeEnabled()
  })

  it('previews the sections, warnings and skipped lines the server reads', async () => {
    const fetchMock = mockFetch(200, { preview })
    render(<ImportGuideForm apiRoute="/api" />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'the document' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('heading', { name: preview.title })).toBeInTheDocument()
    expect(screen.getByText(/Soft Skills/)).toBeInTheDocument()
    expect(screen.getByText('Line 7: Unknown header "word count" is not imported')).toBeInTheDocument()
    expect(screen.getByText('Line 33: boilerplate "Leave a Reply"')).toBeInTheDocument()
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/guides/import')
    expect(JSON.parse(init.body as string)).toEqual({ text: 'the document', dryRun: true })
  })

  it('links to the created draft', async () => {
    mockFetch(200, { preview, result: { id: 42, created: true } })
    render(<ImportGuideForm adminRoute="/admin" />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'the document' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }))
    expect(await screen.findByRole('link', { name: 'Open it in the editor' })).toHaveAttribute('href', '/admin/collections/guides/42')
  })

  it('shows the server’s message when the document is rejected', async () => {
    mockFetch(400, { error: 'The document is empty.' })
    render(<ImportGuideForm />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: ' ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The document is empty.')
  })
})
