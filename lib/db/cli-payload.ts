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
  // Under load, scripts run by tsx on Node 20 have ended with exit code 13 ("unsettled top-level
  // await") while loading Payload's module graph, with no handle left open (seen with a
  // `beforeExit` probe: `process.getActiveResourcesInfo()` was empty). Module loading then waits on
  // tsx's loader thread, which Node unreferences between requests. A referenced timer keeps the
  // process alive until Payload is ready; once it is, the database pool keeps it alive.
  const keepAlive = setInterval(() => {}, 1000)
  try {
    const { default: config } = await import('../../payload.config')
    return await getPayload({ config })
  } finally {
    clearInterval(keepAlive)
  }
}
