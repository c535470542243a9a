import { runningEmbeddedServerUrl } from './embedded-discovery'

/** The database the app uses inside the embedded server. */
export const EMBEDDED_DATABASE = 'careerpath'

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = '/' + encodeURIComponent(database)
  return parsed.toString()
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres'
}

/** For code that cannot wait (the Payload config): the configured URL, or the embedded server another process runs. */
export function currentDatabaseUrl(options: { databaseUrl?: string; dataDir: string }): string {
  if (options.databaseUrl) return options.databaseUrl
  const running = runningEmbeddedServerUrl(options.dataDir)
  if (running) return withDatabaseName(running, EMBEDDED_DATABASE)
  throw new Error(
    `No database: DATABASE_URL is unset and no embedded PostgreSQL runs in ${options.dataDir}. ` +
      'Start the site with `npm run dev` (or `npm start`), which starts it, or set DATABASE_URL.',
  )
}
