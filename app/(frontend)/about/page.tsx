import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { InfoPage } from '@/components/layout/InfoPage'
import { SITE_NAME } from '@/lib/config/site'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: `About ${SITE_NAME}`,
  description: `${SITE_NAME} publishes in-depth career guides for technology roles: what each job involves, the skills and tools it needs, what it pays and how to get there.`,
  canonical: '/about',
})

export default async function AboutPage() {
  // Rendered per request, as every page: the layout's canonical and Open Graph URLs are the running
  // server's SITE_URL, not the build machine's.
  await connection()
  return (
    <InfoPage
      title={`About ${SITE_NAME}`}
      lead="We publish in-depth, practical guides to technology careers, for people choosing a first job, changing direction or planning their next step."
    >
      <h2>What we publish</h2>
      <p>
        Each guide covers one role: what the job involves from day to day, the responsibilities that come with it, the
        programming languages, databases, platforms and tools employers ask for, the skills that matter beyond them,
        typical salaries where we have reliable figures, and a step-by-step route into the work.
      </p>
      <p>
        Technologies and skills have pages of their own that gather every career that needs them, so that you can start
        from what you already know as well as from a job title.
      </p>
      <h2>Who writes the guides</h2>
      <p>
        Guides are written by career writers and reviewed by our editors before they are published. Editors check that a
        guide is accurate, complete and clear, and that it follows our{' '}
        <Link href="/editorial-policy" prefetch={false}>
          editorial policy
        </Link>
        . We update guides when a role, its tools or its pay change, and each guide shows the date it was last updated.
      </p>
      <h2>Independence</h2>
      <p>
        {SITE_NAME} carries no sponsored guides, and no employer, training provider or software vendor pays to be
        mentioned in one. Where a guide names a product, it is because employers ask for it.
      </p>
      <h2>Get in touch</h2>
      <p>
        Questions, corrections and suggestions for new guides are welcome: see{' '}
        <Link href="/contact" prefetch={false}>
          how to contact us
        </Link>
        .
      </p>
    </InfoPage>
  )
}
