import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { InfoPage } from '@/components/layout/InfoPage'
import { env } from '@/lib/config/env'
import { SITE_NAME } from '@/lib/config/site'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: `Contact · ${SITE_NAME}`,
  description: `How to reach the ${SITE_NAME} editors: corrections, questions about a guide and suggestions for new ones.`,
  canonical: '/contact',
})

export default async function ContactPage() {
  // The address is the running server's setting (CONTACT_EMAIL), not the build machine's.
  await connection()
  const email = env().CONTACT_EMAIL
  return (
    <InfoPage
      title="Contact us"
      lead="Our editors read every message. We cannot give individual career advice, but we want to hear what a guide gets wrong or leaves out."
    >
      <h2>Write to the editors</h2>
      {email ? (
        <p>
          Email <a href={`mailto:${email}`}>{email}</a>.
        </p>
      ) : (
        <p>
          The quickest way to reach us is a comment under the guide you are writing about: every comment is read by an
          editor before it appears, and you can ask for yours not to be published.
        </p>
      )}
      <h2>Corrections</h2>
      <p>
        Tell us which guide and which statement, and, if you can, where the correct information comes from. Our{' '}
        <Link href="/editorial-policy" prefetch={false}>
          editorial policy
        </Link>{' '}
        describes how we handle corrections.
      </p>
      <h2>Suggestions for new guides</h2>
      <p>
        Tell us which role you would like a guide to and what you would want to know about it. We cannot promise to
        write every guide suggested, but suggestions decide what we write next.
      </p>
    </InfoPage>
  )
}
