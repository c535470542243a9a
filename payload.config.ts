import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'
import { jobsForEditors } from './collections/access'
import { importWordPressTask } from './lib/import/wordpress/import-job'
import { Comments } from './collections/Comments'
import { Guides } from './collections/Guides'
import { Media } from './collections/Media'
import { ImportRuns } from './collections/ImportRuns'
import { People } from './collections/People'
import { redirectsConfig } from './collections/Redirects'
import { Skills } from './collections/Skills'
import { Technologies } from './collections/Technologies'
import { Users } from './collections/Users'
import { seoExtraFields, withOneLengthScale } from './collections/fields/seo'
import { unreadableInputGuard } from './collections/plugins/refuseUnreadableInput'
import { relationshipPathGuard } from './collections/plugins/relationshipPathGuard'
import { lockOverrideGuard, secureDocumentLocks } from './collections/LockedDocuments'
import { editor } from './collections/fields/editor'
import { pgWithPreparedStatements } from './lib/db/prepared-statements'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './lib/db/unavailable'
import { refusedValueMessage } from './lib/db/refused-values'
import { redactingLoggerOptions } from './lib/logging/redaction'
import { currentDatabaseUrl } from './lib/db/url'
import { env } from './lib/config/env'
import { graphqlCostRule, graphqlLimitsFor } from './lib/graphql/cost'
import type { Guide } from './payload-types'

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = env()

// Payload adds its locks collection while sanitizing, after the plugins: its rules are set afterwards.
export default buildConfig({
  serverURL: settings.SITE_URL,
  secret: settings.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Careerpath admin' },
    // Payload's default avatar is Gravatar's: a third-party request (the policy allows none) that
    // would also hand a hash of each editor's email to Gravatar.
    avatar: 'default',
    components: {
      beforeDashboard: ['/components/admin/EditorDashboard#EditorDashboard'],
      afterNavLinks: ['/components/admin/ImportGuideNavLink#ImportGuideNavLink'],
      views: {
        importGuide: { Component: '/components/admin/ImportGuideView#ImportGuideView', path: '/import-guide' },
      },
    },
  },
  collections: [Guides, Technologies, Skills, People, Media, Comments, Users, ImportRuns],
  // Lexical with links that cannot run script (collections/fields/editor.ts).
  editor,
  // Uploads stream to memory before Payload checks them: a size limit keeps one request from taking
  // the server's memory. Larger images are resized by the editor anyway (Media makes web sizes).
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: `A file may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Make it smaller (e.g. export the image at 2,000 px wide) and upload it again.`,
  },
  db: postgresAdapter({
    // Pools that can send a page's most repeated reads as prepared statements (lib/db/prepared-statements.ts).
    ...(settings.DATABASE_PREPARED_STATEMENTS === 'on' && { pg: pgWithPreparedStatements }),
    pool: {
      // Resolved when Payload connects, not when the config is loaded, so that commands which never
      // touch the database (type generation, import map) work without one.
      get connectionString() {
        return currentDatabaseUrl({ databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR })
      },
      // PostgreSQL's JIT compiles any query its planner deems expensive; Payload's reads of a guide
      // (a lateral join per block table) cross that line once there are a few thousand guides, and
      // compiling took far longer than running the query (docs/performance.md, `npm run bench:scale`).
      // Short OLTP queries never gain from it.
      options: '-c jit=off',
    },
    // Reads go to the replicas, writes (and reads for 2 s after a write, against replication lag) to the primary.
    ...(settings.DATABASE_REPLICA_URLS &&
      settings.DATABASE_REPLICA_URLS.length > 0 && { readReplicas: settings.DATABASE_REPLICA_URLS }),
    migrationDir: path.resolve(dirname, 'migrations'),
    // The schema changes only through committed migrations, never by push.
    push: false,
  }),
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Outside production Payload regenerates the types at every start, in a detached child process.
    // That suits `next dev`; in a script, a test or a benchmark it is a second process competing for
    // the CPU after the script has ended (each integration test file started one).
    autoGenerate: Boolean(process.env.NEXT_RUNTIME),
  },
  // Browsers may send cookies (csrf) and read answers (cors) only from the site itself.
  csrf: [settings.SITE_URL],
  cors: [settings.SITE_URL],
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 1000,
    // What a query may load (limits × nesting), its aliases, fields and depth, one account mutation
    // per request: maxComplexity counts a field once whatever its limit (lib/graphql/cost.ts).
    validationRules: ({ variableValues, contextValue }) => [
      graphqlCostRule(
        variableValues,
        graphqlLimitsFor((contextValue as { req?: { user?: unknown } } | undefined)?.req?.user),
      ),
    ],
  },
  telemetry: false,
  jobs: {
    // Running, queueing and cancelling jobs (scheduled publishing among them) is editors' work, not every signed-in user's.
    access: { run: jobsForEditors, queue: jobsForEditors, cancel: jobsForEditors },
    tasks: [importWordPressTask],
    // Scheduled publishing: the site's server looks for due jobs every minute. Not during a build, in
    // command-line scripts or in tests (no Next runtime), nor when a separate worker runs them.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () =>
      settings.JOBS_AUTORUN === 'on' &&
      process.env.NEXT_RUNTIME === 'nodejs' &&
      process.env.NEXT_PHASE !== 'phase-production-build',
  },
  logger: {
    // No emails, IP hashes, passwords or tokens in the log, not even in a failed query's parameters (lib/logging/redaction.ts).
    options: redactingLoggerOptions,
    // Command-line scripts (lib/db/cli-payload.ts) keep stdout for their own output: plain JSON
    // lines straight to stderr, no worker stream that could outlive the script. Otherwise Payload's own.
    destination:
      process.env.PAYLOAD_LOG_DESTINATION === 'stderr'
        ? { write: (line: string) => process.stderr.write(line) }
        : defaultLoggerOptions,
  },
  hooks: {
    // PostgreSQL down or restarting: 503 and "try again", not a 500; the pool reconnects by itself.
    afterError: [
      ({ error }) =>
        isDatabaseUnavailable(error)
          ? { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
          : undefined,
      // A value the database cannot use (number out of range, wrong enum choice in a draft, text for an id): 400 and what was wrong.
      ({ error }) => {
        const message = refusedValueMessage(error)
        return message ? { status: 400, response: { errors: [{ message }] } } : undefined
      },
    ],
  },
  plugins: [
    redirectsPlugin(redirectsConfig),
    seoPlugin({
      collections: ['guides'],
      uploadsCollection: 'media',
      tabbedUI: true,
      generateTitle: ({ doc }: { doc: Partial<Guide> }) => doc.title ?? '',
      generateDescription: ({ doc }: { doc: Partial<Guide> }) => doc.excerpt ?? '',
      generateURL: ({ doc }: { doc: Partial<Guide> }) => `${settings.SITE_URL}/guides/${doc.slug ?? ''}`,
      fields: ({ defaultFields }) => [...withOneLengthScale(defaultFields), ...seoExtraFields],
    }),
    unreadableInputGuard,
    // Filters and sorts through a relationship only into what the caller may read in full.
    relationshipPathGuard,
    // Saving over somebody else's document lock takes an editor.
    lockOverrideGuard,
    // Media in S3 when a bucket is configured (several app servers then share it), else on local disk.
    s3Storage({
      enabled: Boolean(settings.S3_BUCKET),
      // The adapter's columns exist either way, so one schema (and one set of migrations) fits both.
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: settings.S3_BUCKET ?? '',
      config: {
        region: settings.S3_REGION,
        endpoint: settings.S3_ENDPOINT,
        forcePathStyle: settings.S3_FORCE_PATH_STYLE === 'true',
        ...(settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
          ? { credentials: { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY } }
          : {}),
      },
    }),
  ],
}).then(secureDocumentLocks)
