import { describe, expect, it, jest } from '@jest/globals'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { CommentFormState } from '@/lib/comments/form-state'
import type { PublicComment } from '@/lib/data/comments'

// The Server Action runs on the server; here it is a stand-in that answers like the real one does.
const postComment = jest.fn(async (_previous: CommentFormState, form: FormData): Promise<CommentFormState> => ({
  status: 'error',
  message: 'Your comment was not sent. Please correct the fields marked below.',
  fieldErrors: { email: 'Please enter a valid email address, such as name@example.com.' },
  values: {
    authorName: String(form.get('authorName')),
    email: String(form.get('email')),
    body: String(form.get('body')),
    parent: String(form.get('parent') ?? ''),
    guide: '7',
  },
}))
jest.unstable_mockModule('@/lib/comments/post-comment-action', () => ({ postComment }))
const { Comments } = await import('@/components/comments/Comments')

const comment = (id: number, body: string, parent: number | null = null): PublicComment => ({
  id,
  body,
  parent,
  authorName: `Reader ${id}`,
  createdAt: '2026-11-01T10:00:00.000Z',
})

describe('Comments', () => {
  it('shows hostile comments as text and links only web addresses, marked nofollow ugc', () => {
    const { container } = render(
      <Comments
        guideId={7}
        guidePath="/guides/seven"
        comments={[comment(1, '<script>alert("x")</script>\njavascript:alert(1)\n\nMore at https://example.com/post.')]}
      />,
    )
    const item = container.querySelector('#comment-1')!
    expect(item.querySelector('script')).toBeNull()
    expect(item).toHaveTextContent('<script>alert("x")</script>')
    expect(item.querySelectorAll('p')).toHaveLength(2)
    expect(item.querySelector('br')).not.toBeNull()
    const links = within(item as HTMLElement).getAllByRole('link')
    expect(links).toHaveLength(1)
    expect(links[0]).toHaveAttribute('href', 'https://example.com/post')
    expect(links[0]).toHaveAttribute('rel', 'nofollow ugc noopener')
  })

  it('nests replies under the comment they answer and offers top-level comments to reply to', () => {
    render(
      <Comments
        guideId={7}
        guidePath="/guides/seven"
        comments={[comment(1, 'First'), comment(2, 'An answer', 1), comment(3, 'Second')]}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Comments (3)' })).toBeInTheDocument()
    // The reply sits in the list inside its comment's item (no aria-label: HTML checkers advise against it on a list).
    expect(screen.getByText('An answer').closest('ol.comment-replies')?.closest('li')).toHaveTextContent('First')
    const replyTo = screen.getByLabelText('In reply to')
    expect(
      within(replyTo)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Nobody: a new comment', 'Reader 1: “First”', 'Reader 3: “Second”'])
  })

  it('labels every field, hides the honeypot from people, and keeps what was typed when the server refuses it', async () => {
    render(<Comments guideId={7} guidePath="/guides/seven" comments={[]} />)
    expect(screen.getByText('No comments yet.')).toBeInTheDocument()
    expect(screen.queryByLabelText('In reply to')).toBeNull()
    const trap = screen.getByLabelText('Leave this field empty', { selector: 'input' })
    expect(trap).toHaveAttribute('tabindex', '-1')
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull()

    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: 'Great guide' } })
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } })
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'not-an-email' } })
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: 'Post comment' }).closest('form')!)
    })

    const sent = postComment.mock.calls[0]![1]
    expect(Object.fromEntries(sent.entries())).toMatchObject({
      guide: '7',
      body: 'Great guide',
      authorName: 'Ada',
      email: 'not-an-email',
      website: '',
    })
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the fields marked below')
    const email = screen.getByLabelText('Email')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription(/Never shown on the site\. Please enter a valid email address/)
    expect(screen.getByLabelText('Comment')).toHaveValue('Great guide')
    expect(screen.getByLabelText('Name')).toHaveValue('Ada')
  })
})
