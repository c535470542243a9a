import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { parseProxyEntry, PROXY_ENTRY_EXAMPLE } from '@/lib/http/trusted-proxies'

/**
 * The process environment, read once and validated. Anything wrong stops start-up with one line
 * naming the variable, because a half-configured CMS fails later in far more confusing ways.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'must be a postgres:// or postgresql:// connection URL',
  })

const workersMessage = 'must be a whole number of worker processes, 1 or more (unset: one per core)'

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl.optional(),
    /** Read replicas of DATABASE_URL, comma-separated: Payload sends reads there and writes to the primary. */
    DATABASE_REPLICA_URLS: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(postgresUrl).min(1, 'must name at least one postgres:// URL'))
      .optional(),
    /**
     * `off` behind a connection pooler that cannot keep prepared statements (PgBouncer in transaction
     * mode before 1.21): the guide page's read is then planned anew every time (lib/db/prepared-statements.ts).
     */
    DATABASE_PREPARED_STATEMENTS: z.enum(['on', 'off'], { message: 'must be "on" or "off"' }).default('on'),
    PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
    SITE_URL: z
      .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL such as https://careerpath.example' })
      .default('http://localhost:3000')
      .transform((value) => value.replace(/\/+$/, '')),
    DATA_DIR: z.string().min(1).default('.data'),
    /** The editors' address the contact page gives readers; unset, it points them to the comments instead. */
    CONTACT_EMAIL: z.email({ message: 'must be an email address such as editors@careerpath.example' }).optional(),
    /** `off` on staging: robots.txt disallows everything and every page says noindex. */
    SITE_INDEXING: z.enum(['on', 'off'], { message: 'must be "on" or "off"' }).default('on'),
    /** `off` when a separate worker (`npm run jobs`) runs scheduled publishing instead of the site's server. */
    JOBS_AUTORUN: z.enum(['on', 'off'], { message: 'must be "on" or "off"' }).default('on'),
    /** Tests and benchmarks: a file to which every SQL statement the server sends is appended, to count them per page. */
    SQL_STATEMENT_LOG: z.string().min(1).optional(),
    /**
     * How long a shared cache in front (CDN, nginx) may keep a page: server.ts caps the year Next
     * gives cached pages to this, so that a change a publish does not purge shows within it.
     */
    SHARED_CACHE_MAX_AGE: z.coerce.number().int().min(0, 'must be a number of seconds, 0 or more').default(60),
    /**
     * How long the production server keeps a public page in its own memory after Next hands it out,
     * in milliseconds (server.ts, lib/http/page-microcache.ts); 0 turns it off. A publish on this
     * server drops them at once; one on another app server shows here within this time.
     */
    PAGE_MICROCACHE_MS: z.coerce
      .number()
      .int()
      .min(0, 'must be a number of milliseconds, 0 or more')
      .max(60_000, 'must be at most 60000 (a minute)')
      .default(1000),
    /** The caching proxy in front (e.g. http://127.0.0.1:8080): after a publish the app asks it to fetch the changed pages again (deploy/nginx). */
    CACHE_REFRESH_URL: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://127.0.0.1:8080' })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
    /** Media in an S3 bucket (or any S3-compatible store) instead of DATA_DIR/media; the other S3_* settings apply only with it. */
    S3_BUCKET: z.string().trim().min(3, 'must name a bucket').optional(),
    S3_REGION: z.string().trim().min(1).default('us-east-1'),
    /** An S3-compatible store's URL (MinIO, R2, …); unset for AWS itself. */
    S3_ENDPOINT: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://s3.example.com' })
      .optional(),
    /** Without them the AWS SDK looks for credentials itself (instance role, ~/.aws). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** `true` for stores that address buckets by path (most S3-compatible ones). */
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { message: 'must be "true" or "false"' }).default('false'),
    /** `nonce` builds and serves every page per request with a script nonce: only for comparing with the default, hashes (docs/security.md). */
    CSP_MODE: z.enum(['hashes', 'nonce'], { message: 'must be "hashes" or "nonce"' }).default('hashes'),
    /**
     * How many worker processes `npm start` runs under its primary (scripts/cluster.ts); unset: one per
     * core. Each worker has its own heap cap, so this is also the server's memory budget (≈350 MB each).
     */
    WEB_CONCURRENCY: z.coerce
      .number({ message: workersMessage })
      .int(workersMessage)
      .min(1, workersMessage)
      .max(64, 'must be at most 64 worker processes (each takes about 350 MB)')
      .optional(),
    /**
     * The proxies in front (nginx, a load balancer), comma-separated addresses or CIDR ranges, IPv4 or
     * IPv6: only a connection from one of them may say, in X-Forwarded-For, whom it forwards for
     * (lib/http/trusted-proxies.ts). None by default: the connection's address is the client.
     */
    TRUSTED_PROXIES: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .superRefine((entries, ctx) => {
        const wrong = entries.find((entry) => !parseProxyEntry(entry))
        if (wrong !== undefined) ctx.addIssue({ code: 'custom', message: `"${wrong}" is not ${PROXY_ENTRY_EXAMPLE}` })
      })
      .default([]),
    /** Next's page cache and the rate-limit counts shared by several app servers; without it each server keeps its own. */
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379' })
      .optional(),
  })
  .refine((value) => Boolean(value.S3_ACCESS_KEY_ID) === Boolean(value.S3_SECRET_ACCESS_KEY), {
    // One without the other would be ignored silently and the SDK would look for other credentials.
    path: ['S3_SECRET_ACCESS_KEY'],
    message: 'and S3_ACCESS_KEY_ID go together: set both or neither',
  })

export type Env = Omit<z.infer<typeof schema>, 'PAYLOAD_SECRET' | 'DATA_DIR'> & {
  PAYLOAD_SECRET: string
  /** Absolute path of the local folder for the embedded database and generated development secrets. */
  DATA_DIR: string
}

export class EnvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EnvError'
  }
}

/** Empty strings count as unset: `FOO= npm start` should behave like not setting FOO at all. */
function withoutEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  )
}

function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  try {
    const existing = fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch {
    // No secret yet: generate one below.
  }
  fs.mkdirSync(/*turbopackIgnore: true*/ dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // 'wx' so that two processes starting at once agree on the first secret written.
  try {
    fs.writeFileSync(/*turbopackIgnore: true*/ file, secret + '\n', { flag: 'wx', mode: 0o600 })
    return secret
  } catch {
    return fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()
  }
}

export function parseEnv(source: NodeJS.ProcessEnv, cwd = process.cwd()): Env {
  const result = schema.safeParse(withoutEmpty(source))
  if (!result.success) {
    const issue = result.error.issues[0]!
    const name = issue.path.join('.') || 'environment'
    throw new EnvError(`Invalid environment variable ${name}: ${issue.message}`)
  }
  const parsed = result.data
  const dataDir = path.resolve(cwd, parsed.DATA_DIR)
  // `next build` runs with NODE_ENV=production but signs nothing, so only a running production server needs the secret.
  const buildingForProduction = source.NEXT_PHASE === 'phase-production-build'
  if (!parsed.PAYLOAD_SECRET && parsed.NODE_ENV === 'production' && !buildingForProduction) {
    throw new EnvError(
      'Missing environment variable PAYLOAD_SECRET: production needs a secret of at least 32 characters (e.g. `openssl rand -hex 32`)',
    )
  }
  return {
    ...parsed,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: parsed.PAYLOAD_SECRET ?? developmentSecret(dataDir),
  }
}

let cached: Env | undefined

/** The validated environment of this process; exits with one clear line when it is invalid. */
export function env(): Env {
  if (cached) return cached
  try {
    cached = parseEnv(process.env)
    return cached
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
