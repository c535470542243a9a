/**
 * `generateStaticParams` for pages that render on first request and are then served from the cache
 * (ISR). Under CSP_MODE=nonce (lib/http/csp.ts: the comparison variant of the script policy) there is
 * none, so those pages render on every request, as a per-request nonce requires.
 */
export const renderOnFirstRequestThenCache: (() => Promise<never[]>) | undefined =
  process.env.CSP_MODE === 'nonce' ? undefined : async () => []
