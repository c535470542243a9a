/**
 * The public site and Payload's admin each render their own document (`app/(frontend)/layout.tsx`,
 * `app/(payload)/layout.tsx`). This pass-through root exists so that Next has a root for its
 * not-found page: without one, a `notFound()` anywhere renders an empty error document.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children
}
