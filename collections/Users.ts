import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'
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
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  access: {
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
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
