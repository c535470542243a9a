'use client'
import { usePathname } from 'next/navigation'
import { SearchBox } from '@/components/search/SearchBox'

/**
 * The header's search box. On the home page, whose hero holds its own, a phone's header leaves it out
 * (CSS). Decided as the page is rendered, on the server too, not by a selector on the hero: the header
 * is painted before the hero has been parsed, and would lose a row under what was already on screen.
 */
export function HeaderSearch() {
  const besideHero = usePathname() === '/'
  return <SearchBox className={besideHero ? 'search-form--beside-hero' : undefined} />
}
