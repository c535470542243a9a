import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import type { PayloadRequest } from 'payload'

// Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const hash = promisify(pbkdf2)

/** The work of checking a password against a stored hash, spent on a password no account has. */
export async function spendPasswordCheck(password: string): Promise<void> {
  await hash(password, randomBytes(32).toString('hex'), ITERATIONS, KEY_LENGTH, 'sha256')
}

/**
 * Payload answers a sign-in for an unknown email at once and hashes the password only for an
 * account that exists, so the answer's time told which emails have accounts (docs/security.md).
 * For an unknown email the same hash is computed before Payload answers with the same message.
 */
export async function signInTakesEqualTime(req: PayloadRequest, email: string, password: unknown): Promise<void> {
  const account = email
    ? await req.payload.db.findOne({
        collection: 'users',
        where: { email: { equals: email.trim().toLowerCase() } },
        req: { transactionID: req.transactionID },
      })
    : null
  if (!account) await spendPasswordCheck(typeof password === 'string' ? password : '')
}
