import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { fireEvent, render, screen } from '@testing-library/react'
import { ImportGuideForm } from '@/components/admin/ImportGuideForm'

const preview = {
  title: 'DevOps Engineer: Complete Career Guide (2026)',
  role: 'DevOps Engineer',
  slug: 'devops-engineer-career-guide',
  meta: { title: 'DevOps Engineer Career Guide 2026', secondaryKeywords: [] },
  existing: null,
  seo: [
    { label: 'SEO title', value: 'DevOps Engineer Career Guide 2026' },
    { label: 'Meta description', value: null },
  ],
  kindChoices: [
    { value: 'list', label: 'List' },
    { value: 'technologies:programming-language', label: 'Technology group · Programming languages' },
    { value: 'skills', label: 'Skills' },
  ],
  sections: [
    {
      heading: 'Why Choose a Career as a DevOps Engineer?',
      level: 2,
      type: 'plainList',
      items: 3,
      summary: 'List · 3 items',
      why: 'a list (the role’s name “DevOps Engineer” names no technology category)',
      lines: { from: 9, to: 13 },
      choice: 'list',
      technologies: null,
    },
    {
      heading: 'Programming Languages',
      level: 3,
      type: 'technologyGroup',
      items: 2,
      summary: 'Technology group · Programming languages · 1 known, 1 new: Bash',
      why: 'in “Essential Technical Skills”, the heading names programming languages',
      lines: { from: 20, to: 22 },
      choice: 'technologies:programming-language',
      technologies: null,
    },
    {
      heading: 'FAQ',
      level: 2,
      type: 'faq',
      items: 2,
      summary: 'FAQ · 2 questions',
      why: 'the heading names FAQs',
      lines: { from: 30, to: 34 },
      choice: null,
      technologies: null,
    },
  ],
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
    expect(screen.getByLabelText('Upload a document (.txt, .md, .docx or .html)')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled()
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'SEO Title: x' } })
    expect(screen.getByRole('button', { name: 'Preview' })).toBeEnabled()
  })

  it('sends an uploaded file for the server to read, then edits the text it was read as and shows what was left out', async () => {
    const fetchMock = mockFetch(200, {
      preview,
      text: '# Read from Word',
      notes: ['2 images in the document not imported'],
    })
    render(<ImportGuideForm apiRoute="/api" />)
    const word = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'guide.docx')
    fireEvent.change(screen.getByLabelText('Upload a document (.txt, .md, .docx or .html)'), {
      target: { files: [word] },
    })
    expect(await screen.findByRole('heading', { name: preview.title })).toBeInTheDocument()
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    const sent = JSON.parse(String(init.body))
    expect(sent).toEqual({ file: { name: 'guide.docx', data: 'UEsDBAECAw==' }, dryRun: true })
    expect(screen.getByLabelText('Or paste it here')).toHaveValue('# Read from Word')
    expect(screen.getByRole('list', { name: 'Left out when the file was read' })).toHaveTextContent(
      '2 images in the document not imported',
    )
  })

  it('previews the sections, warnings and skipped lines the server reads', async () => {
    const fetchMock = mockFetch(200, { preview })
    render(<ImportGuideForm apiRoute="/api" />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'the document' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('heading', { name: preview.title })).toBeInTheDocument()
    expect(
      screen.getByText('Technology group · Programming languages · 1 known, 1 new: Bash', { exact: false }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Lines 9–13: a list \(the role’s name/)).toBeInTheDocument()
    expect(screen.getByText('SEO title').nextSibling).toHaveTextContent('DevOps Engineer Career Guide 2026')
    expect(screen.getByText('Meta description').nextSibling).toHaveTextContent('not in the document')
    expect(screen.getByText('Line 7: Unknown header "word count" is not imported')).toBeInTheDocument()
    expect(screen.getByText('Line 33: boilerplate "Leave a Reply"')).toBeInTheDocument()
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/guides/import')
    expect(JSON.parse(init.body as string)).toEqual({ text: 'the document', dryRun: true })
  })

  it('lets the editor change what a list becomes, and sends that choice with the import', async () => {
    const fetchMock = mockFetch(200, { preview })
    render(<ImportGuideForm />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'the document' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))
    const select = await screen.findByLabelText('Make “Programming Languages” into')
    expect(select).toHaveValue('technologies:programming-language')
    // Only lists can change kind: the FAQ has no select.
    expect(screen.getAllByRole('combobox')).toHaveLength(2)
    fireEvent.change(select, { target: { value: 'list' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }))
    await screen.findByRole('heading', { name: preview.title })
    const [, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit]
    expect(JSON.parse(init.body as string)).toEqual({
      text: 'the document',
      dryRun: false,
      overrides: [{ section: 1, kind: 'list' }],
    })
  })

  it('warns first when the import would update an existing guide', async () => {
    const warning =
      'This import updates the published guide “DevOps” (/guides/devops-engineer-career-guide) rather than creating a new one; its current content stays in the guide’s version history.'
    mockFetch(200, {
      preview: {
        ...preview,
        existing: { id: 3, title: 'DevOps', status: 'published' },
        warnings: [{ line: 0, message: warning }, ...preview.warnings],
      },
    })
    render(<ImportGuideForm />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'the document' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByText(warning)).toBeInTheDocument()
  })

  it('links to the created draft', async () => {
    mockFetch(200, { preview, result: { id: 42, created: true } })
    render(<ImportGuideForm adminRoute="/admin" />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: 'the document' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }))
    expect(await screen.findByRole('link', { name: 'Open it in the editor' })).toHaveAttribute(
      'href',
      '/admin/collections/guides/42',
    )
  })

  it('shows the server’s message when the document is rejected', async () => {
    mockFetch(400, { error: 'The document is empty.' })
    render(<ImportGuideForm />)
    fireEvent.change(screen.getByLabelText('Or paste it here'), { target: { value: ' ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The document is empty.')
  })
})
