import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { DefaultCellComponentProps } from 'payload'

const toast = { success: jest.fn(), error: jest.fn() }
const refresh = jest.fn()
jest.unstable_mockModule('@payloadcms/ui', () => ({
  toast,
  useAuth: () => ({ user: { email: 'editor@example.com' } }),
  useSelection: () => ({ getSelectedIds: () => [], count: 0 }),
}))
jest.unstable_mockModule('next/navigation', () => ({ useRouter: () => ({ refresh }) }))
const { CommentModerationCell } = await import('@/components/admin/CommentModeration')

/** The server's answer to the PATCH: ok, or a Payload error. */
let answer: { ok: boolean; status: number; body: unknown }
const fetchMock = jest.fn(async () => ({ ...answer, json: async () => answer.body }))

const cell = (rowData: Record<string, unknown>) =>
  render(<CommentModerationCell {...({ rowData } as unknown as DefaultCellComponentProps)} />)

beforeEach(() => {
  jest.clearAllMocks()
  global.fetch = fetchMock as unknown as typeof fetch
  answer = { ok: true, status: 200, body: { docs: [] } }
})

describe('CommentModerationCell', () => {
  it('approves the comment in one request and shows it approved before the list refreshes', async () => {
    cell({ id: 7, status: 'pending', authorName: 'Ana' })
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }))
    expect(await screen.findByText('Approved')).toBeInTheDocument()
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(decodeURIComponent(url)).toBe('/api/comments?where[id][in]=7&depth=0')
    expect(init.method).toBe('PATCH')
    expect(JSON.parse(init.body as string)).toEqual({ status: 'approved' })
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Spam' })).toBeEnabled()
    expect(toast.success).toHaveBeenCalledWith('1 comment approved.')
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('keeps the buttons and says why when the server refuses', async () => {
    answer = { ok: false, status: 403, body: { errors: [{ message: 'You are not allowed to perform this action.' }] } }
    cell({ id: 8, status: 'pending' })
    fireEvent.click(screen.getByRole('button', { name: 'Spam' }))
    await waitFor(() =>
      expect(toast.error).toHaveBeenCalledWith('Nothing changed: You are not allowed to perform this action.'),
    )
    expect(screen.getByRole('button', { name: 'Spam' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Approve' })).toBeInTheDocument()
    expect(screen.queryByText('Marked as spam')).not.toBeInTheDocument()
    expect(refresh).not.toHaveBeenCalled()
  })

  it('shows the status the list gives once it holds another comment', async () => {
    const { rerender } = cell({ id: 9, status: 'pending' })
    fireEvent.click(screen.getByRole('button', { name: 'Spam' }))
    expect(await screen.findByText('Marked as spam')).toBeInTheDocument()
    rerender(
      <CommentModerationCell {...({ rowData: { id: 10, status: 'spam' } } as unknown as DefaultCellComponentProps)} />,
    )
    expect(screen.queryByText('Marked as spam')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Spam' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Approve' })).toBeInTheDocument()
  })
})
