import Link from 'next/link'

export function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address: it may have moved, or the guide may not be published yet.</p>
      <p>
        <Link href="/">Browse all career guides</Link>
      </p>
    </>
  )
}
