import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { PersonProfile } from '@/components/people/PersonProfile'
import { env } from '@/lib/config/env'
import type { Media, Person } from '@/payload-types'

const person = (photo?: Media): Person =>
  ({
    id: 1,
    name: 'Asha Rao',
    slug: 'asha-rao',
    jobTitle: 'Staff Engineer',
    credentials: 'PhD',
    bio: 'Builds payment systems.\n\nMentors new engineers.',
    sameAs: [{ id: 'a', url: 'https://www.linkedin.com/in/asha-rao/' }],
    photo,
    updatedAt: '2026-11-01T00:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
  }) as Person

describe('PersonProfile', () => {
  it('shows the photo through next/image, the name as the one h1, job, credentials, bio and links', () => {
    const photo = {
      id: 2,
      alt: 'Asha Rao smiling',
      url: `${env().SITE_URL}/api/media/file/asha.jpg`,
      width: 400,
      height: 400,
    }
    render(<PersonProfile person={person(photo as Media)} guides={[]} />)
    const img = screen.getByRole('img', { name: 'Asha Rao smiling' })
    expect(img.getAttribute('src')).toMatch(/^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fasha\.jpg&w=\d+/)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Asha Rao'])
    expect(screen.getByText('Staff Engineer')).toBeTruthy()
    expect(screen.getByText('PhD')).toBeTruthy()
    expect(screen.getByText('Mentors new engineers.').tagName).toBe('P')
    expect(screen.getByRole('link', { name: 'linkedin.com/in/asha-rao' }).getAttribute('rel')).toBe('me noopener')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Guides written or reviewed by Asha Rao')
    expect(screen.getByText('No published guide names Asha Rao yet.')).toBeTruthy()
  })

  it('shows initials, hidden from assistive technology, for a profile without a photo', () => {
    const { container } = render(<PersonProfile person={person()} guides={[]} />)
    expect(screen.queryByRole('img')).toBeNull()
    const initials = container.querySelector('.profile-photo--initials')!
    expect(initials.textContent).toBe('AR')
    expect(initials.getAttribute('aria-hidden')).toBe('true')
  })
})
