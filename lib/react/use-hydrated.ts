import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * False in the server's HTML and until React has hydrated it, then true. A button rendered on the
 * server does nothing when clicked before hydration; disabling it until then means the click a person
 * (or a browser test) makes is never silently lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
