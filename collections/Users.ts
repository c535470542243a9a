import { APIError, type CollectionConfig, type FieldAccess, type PayloadRequest } from 'payload'
import { beginSignIn, signInSucceeded, tooManyFailuresMessage } from '@/lib/auth/sign-in-throttle'
import { clientIp } from '@/lib/http/client-ip'
import { signInTakesEqualTime } from '@/lib/auth/equal-time-sign-in'
import { ROLES, admins, adminsOnlyField, adminsOrSelf } from './access'

async function noUsersYet(req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0
}

/** Only admins set roles, except on the very first account, which becomes the site's admin. */
const adminsOrFirstUser: FieldAccess = async (args) => adminsOnlyField(args) || noUsersYet(args.req)

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // No lockout: it let anyone lock any account (the admin's too) with 5 wrong passwords. Failed
    // sign-ins slow down the address making them instead (lib/auth/sign-in-throttle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  // Accounts are made by admins, not verified by email: Payload's verify endpoint (listed after the
  // collection's own) failed as a 500 looking for a token column this site does not have.
  endpoints: [
    {
      path: '/verify/:token',
      method: 'post',
      handler: () =>
        Response.json(
          {
            errors: [
              {
                message:
                  'Email verification is not used on this site: an admin creates your account. Sign in at /admin.',
              },
            ],
          },
          { status: 404 },
        ),
    },
  ],
  access: {
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    // REST and GraphQL sign-ins both run Payload's login operation; the Local API (scripts) is trusted.
    beforeOperation: [
      async ({ args, operation, req }) => {
        if (operation !== 'login' || req.payloadAPI === 'local') return args
        const email = typeof args.data?.email === 'string' ? args.data.email : ''
        const wait = await beginSignIn(email, clientIp(req.headers))
        if (wait > 0) throw new APIError(tooManyFailuresMessage(wait), 429, undefined, true)
        await signInTakesEqualTime(req, email, args.data?.password)
        return args
      },
    ],
    afterLogin: [
      async ({ req, user }) => {
        if (req.payloadAPI !== 'local') await signInSucceeded(String(user.email), clientIp(req.headers))
      },
    ],
    beforeChange: [
      // The very first account (the first-register screen or `npm run create-admin`) must be able to manage the site.
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        return (await noUsersYet(req)) ? { ...data, roles: ['admin'] } : data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) })),
      saveToJWT: true,
      access: { create: adminsOrFirstUser, update: adminsOnlyField },
    },
  ],
}
