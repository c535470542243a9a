/**
 * Creates an admin account from the command line:
 *   npm run create-admin -- --email you@example.com --password 'a long passphrase'
 * (or set ADMIN_EMAIL / ADMIN_PASSWORD). Needs DATABASE_URL or a running embedded database.
 */
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'

const input = z.object({
  email: z.email('--email must be an email address'),
  password: z.string().min(12, '--password must have at least 12 characters'),
})

const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } })
const parsed = input.safeParse({
  email: values.email ?? process.env.ADMIN_EMAIL,
  password: values.password ?? process.env.ADMIN_PASSWORD,
})
if (!parsed.success) {
  console.error(
    `create-admin: ${parsed.error.issues[0]!.message}\nusage: npm run create-admin -- --email you@example.com --password '<at least 12 characters>'`,
  )
  process.exit(2)
}

const payload = await cliPayload()
try {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: parsed.data.email } },
    limit: 1,
  })
  if (existing.docs[0]) {
    await payload.update({
      collection: 'users',
      id: existing.docs[0].id,
      data: { roles: ['admin'], password: parsed.data.password },
    })
    console.log(`${parsed.data.email} is now an admin (password reset).`)
  } else {
    await payload.create({ collection: 'users', data: { ...parsed.data, roles: ['admin'] } })
    console.log(`Created admin ${parsed.data.email}. Sign in at /admin.`)
  }
} catch (error) {
  console.error(`create-admin: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await closePayloadAndExit(payload)
}
