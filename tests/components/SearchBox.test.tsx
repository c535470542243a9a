import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { SearchBox, type Suggestion } from '@/components/search/SearchBox'

const suggestions: Suggestion[] = [
  {
    title: 'Back-End Developer',
    role: 'Back-End Developer',
    url: '/guides/back-end',
    snippet: [
      { text: 'build ', marked: false },
      { text: 'APIs', marked: true },
    ],
  },
  {
    title: 'Data Engineer',
    role: 'Data Engineer',
    url: '/guides/data-engineer',
    snippet: [{ text: 'pipelines', marked: false }],
  },
]

let fetchMock: jest.Mock
beforeEach(() => {
  jest.useFakeTimers()
  // jsdom has no Response; the box reads json() only.
  fetchMock = jest.fn(async () => ({ json: async () => ({ results: suggestions }) }))
  global.fetch = fetchMock as unknown as typeof fetch
})
afterEach(() => {
  jest.useRealTimers()
})

async function typeAndPause(input: HTMLElement, ...values: string[]) {
  for (const value of values) fireEvent.change(input, { target: { value } })
  await act(async () => {
    jest.advanceTimersByTime(250)
  })
}

describe('SearchBox', () => {
  it('is a labelled GET form to /search before any script runs', () => {
    render(<SearchBox />)
    const input = screen.getByRole('combobox', { name: 'Search career guides' })
    expect(input).toHaveAttribute('name', 'q')
    expect(input.closest('form')).toHaveAttribute('action', '/search')
    expect(input).toHaveAttribute('aria-expanded', 'false')
  })

  it('asks the API once the reader pauses, not on every keystroke', async () => {
    render(<SearchBox />)
    const input = screen.getByRole('combobox')
    await typeAndPause(input, 'a', 'ap', 'api', 'apis')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/search?q=apis')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Back-End Developerbuild APIs',
      'Data Engineerpipelines',
    ])
    expect(screen.getByRole('status')).toHaveTextContent('2 suggestions')
  })

  it('opens no suggestions for the query the page opens with, only once the reader types', async () => {
    render(<SearchBox query="database" />)
    const input = screen.getByRole('combobox')
    await act(async () => {
      jest.advanceTimersByTime(1000)
    })
    expect(fetchMock).not.toHaveBeenCalled()
    expect(input).toHaveAttribute('aria-expanded', 'false')
    await typeAndPause(input, 'databases')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(input).toHaveAttribute('aria-expanded', 'true')
  })

  it('names its search landmark, so a page with two search forms tells them apart', () => {
    render(<SearchBox label="Search again" />)
    expect(screen.getByRole('search', { name: 'Search again' })).toBeInTheDocument()
  })

  it('is a text input, the type HTML allows the combobox role on', () => {
    render(<SearchBox />)
    expect(screen.getByRole('combobox')).toHaveAttribute('type', 'text')
  })

  it('does not ask for a single character', async () => {
    render(<SearchBox />)
    await typeAndPause(screen.getByRole('combobox'), 'a')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('moves through suggestions with the arrow keys, opens one with Enter and closes with Escape', async () => {
    const navigate = jest.fn()
    render(<SearchBox navigate={navigate} />)
    const input = screen.getByRole('combobox')
    await typeAndPause(input, 'engineer')

    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id)
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    const second = screen.getAllByRole('option')[1]!
    expect(input).toHaveAttribute('aria-activedescendant', second.id)
    expect(second).toHaveAttribute('aria-selected', 'true')
    fireEvent.keyDown(input, { key: 'ArrowDown' }) // wraps around
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(navigate).toHaveBeenCalledWith('/guides/data-engineer')

    fireEvent.keyDown(input, { key: 'Escape' })
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).not.toHaveAttribute('aria-activedescendant')
  })

  it('submits the form to /search when no suggestion is chosen', async () => {
    const navigate = jest.fn()
    render(<SearchBox navigate={navigate} />)
    const input = screen.getByRole('combobox')
    await typeAndPause(input, 'engineer')
    const event = fireEvent.keyDown(input, { key: 'Enter' })
    expect(event).toBe(true) // not prevented: the browser submits the GET form
    expect(navigate).not.toHaveBeenCalled()
  })
})
