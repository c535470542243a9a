import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server.node'
import { useHydrated } from '@/lib/react/use-hydrated'

function ModerateButton() {
  const hydrated = useHydrated()
  return (
    <button type="button" disabled={!hydrated}>
      Approve
    </button>
  )
}

describe('useHydrated', () => {
  // The Node build of React's server renderer: the default (browser) one needs MessageChannel, which jsdom lacks.
  it("is false in the server's HTML, so a button that needs React is disabled until it has it", () => {
    expect(renderToString(<ModerateButton />)).toMatch(/<button[^>]*disabled/)
  })

  it('is true once rendered in the browser', () => {
    render(<ModerateButton />)
    expect(screen.getByRole('button', { name: 'Approve' })).toBeEnabled()
  })
})
