import { Breadcrumbs } from './Breadcrumbs'

/** A page about the publication (about, editorial policy, contact): breadcrumb, one h1, a lead paragraph and prose. */
export function InfoPage({ title, lead, children }: { title: string; lead: string; children: React.ReactNode }) {
  return (
    <article className="info-page">
      <header className="page-header">
        <Breadcrumbs trail={[{ name: 'Home', href: '/' }, { name: title }]} />
        <h1>{title}</h1>
        <p className="page-header__lead">{lead}</p>
      </header>
      <div className="prose">{children}</div>
    </article>
  )
}
