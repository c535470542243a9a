import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { InfoPage } from '@/components/layout/InfoPage'
import { SITE_NAME } from '@/lib/config/site'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: `Editorial policy · ${SITE_NAME}`,
  description: `How ${SITE_NAME} researches, reviews, updates and corrects its career guides, and how salaries and reader comments are handled.`,
  canonical: '/editorial-policy',
})

export default async function EditorialPolicyPage() {
  // Rendered per request, as every page: the layout's canonical and Open Graph URLs are the running
  // server's SITE_URL, not the build machine's.
  await connection()
  return (
    <InfoPage
      title="Editorial policy"
      lead="How our career guides are researched, reviewed, kept up to date and corrected, so that you can judge what you read."
    >
      <h2>Accuracy and sources</h2>
      <p>
        Guides describe roles as employers advertise and practise them. Writers work from job advertisements, official
        occupational data, industry surveys and the documentation of the technologies they name, and say so where a
        statement depends on one source.
      </p>
      <h2>Salaries</h2>
      <p>
        Salary figures are ranges for a region, in its currency and period, and give their source and year wherever we
        have them. They are a guide to what is typical, not an offer: pay varies with the employer, the city and your
        experience.
      </p>
      <h2>Review before publication</h2>
      <p>
        Writers save drafts; only an editor can publish. Before publishing, an editor checks the guide for accuracy,
        completeness and plain language, and checks that its title and summary describe what the guide says.
      </p>
      <h2>Updates</h2>
      <p>
        We revisit guides as roles, tools and pay change. Each guide shows the date it was last updated; we do not
        change that date without changing the guide.
      </p>
      <h2>Corrections</h2>
      <p>
        If something in a guide is wrong or out of date, tell us in the comments under it or through the{' '}
        <Link href="/contact" prefetch={false}>
          contact page
        </Link>
        . We correct errors of fact promptly and update the guide&apos;s date when we do.
      </p>
      <h2>Independence</h2>
      <p>
        No guide is sponsored, and nobody pays to be included in one. Technologies and products are named because
        employers ask for them.
      </p>
      <h2>Comments</h2>
      <p>
        Readers&apos; comments are read by an editor before they appear. We publish comments that add to the guide,
        including disagreement, and do not publish advertising, abuse or personal details. Commenters&apos; email
        addresses are never shown.
      </p>
    </InfoPage>
  )
}
