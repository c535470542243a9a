import { SITE_NAME } from '@/lib/config/site'
import { BrandMark } from './SiteShell'

const FOOTER_LINKS = [
  {
    heading: SITE_NAME,
    links: [
      { href: '/about', label: 'About us' },
      { href: '/editorial-policy', label: 'Editorial policy' },
      { href: '/contact', label: 'Contact' },
    ],
  },
  {
    heading: 'Browse',
    links: [
      { href: '/guides', label: 'All career guides' },
      { href: '/technologies', label: 'Technologies' },
      { href: '/search', label: 'Search' },
      { href: '/feed.xml', label: 'RSS feed' },
    ],
  },
]

/** What the publication is, who is behind it and where to write: on every page. Plain anchors: nothing here needs to hydrate. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <div className="site-footer__about">
          <p className="site-footer__brand">
            <BrandMark />
            <span>{SITE_NAME}</span>
          </p>
          <p>
            In-depth guides to technology careers: what each role does, the skills and tools it needs, what it pays and
            how to get there, written by career writers and reviewed by our editors.
          </p>
        </div>
        {FOOTER_LINKS.map((group) => (
          <nav key={group.heading} aria-label={group.heading === SITE_NAME ? 'About Careerpath' : group.heading}>
            <h2 className="site-footer__heading">{group.heading}</h2>
            <ul>
              {group.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
      <p className="site-footer__legal">
        © {new Date().getUTCFullYear()} {SITE_NAME}. Guides are for information; check salaries and requirements with
        employers in your area.
      </p>
    </footer>
  )
}
