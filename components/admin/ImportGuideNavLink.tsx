import Link from 'next/link'

/** A link to the importer under the admin's collection links. */
export function ImportGuideNavLink() {
  return (
    <Link href="/admin/import-guide" className="nav__link" style={{ marginTop: '1rem' }}>
      Import a guide
    </Link>
  )
}
