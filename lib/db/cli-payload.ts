import { getPayload, type Payload } from 'payload'

/**
 * Payload for a command-line process. In development Payload opens a WebSocket to the Next dev
 * server's hot-reload endpoint (localhost:3000) to reload its config; a script has nothing to reload
 * and must not depend on whether the site happens to be running, so that is switched off here.
 */
export async function cliPayload(): Promise<Payload> {
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  // A script's output is its stdout (e.g. `seo:audit --json`); Payload's own log lines go to stderr.
  process.env.PAYLOAD_LOG_DESTINATION ??= 'stderr'
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
