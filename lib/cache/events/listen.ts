import pg from 'pg'
import { CACHE_CHANNEL, parseCacheMessage } from './messages'

export interface CacheListenerOptions {
  /** Asked at every (re)connection: the embedded database's address can change between runs. */
  connectionString: () => string
  onTags: (tags: string[]) => void | Promise<void>
  /**
   * After a lost connection is back: notifications sent meanwhile were never delivered (PostgreSQL
   * keeps none for a listener that is gone), so whatever they named must be assumed changed.
   */
  onReconnect?: () => void | Promise<void>
  log?: (message: string) => void
  /** Wait before reconnection attempt `n` (1, 2, …). */
  retryDelayMs?: (attempt: number) => number
}

export interface CacheListener {
  /** Resolves once the first LISTEN is in place. */
  readonly listening: Promise<void>
  /** The server process of the current connection (what `pg_terminate_backend` takes), when connected. */
  readonly backendPid: number | undefined
  stop(): Promise<void>
}

const defaultRetryDelay = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 10_000)
/**
 * A connection that died without closing (a dropped network) is noticed by TCP keepalive: probes
 * after 10 s idle (Node then probes every second, ten times). Not by a query: the listener sends no
 * statement of its own, so the server's statement log (tests/http/query-budget.test.ts) stays the
 * pages' alone.
 */
const KEEPALIVE_IDLE_MS = 10_000

/**
 * One dedicated connection per app server process that LISTENs for the cache tags other processes'
 * writes expired (lib/cache/events/notify.ts), and keeps listening: when the connection drops (a
 * database restart, `pg_terminate_backend`, a restore swapping databases) it reconnects with
 * back-off and reports the gap through `onReconnect`.
 */
export function listenForCacheTags(options: CacheListenerOptions): CacheListener {
  const log = options.log ?? (() => {})
  const retryDelay = options.retryDelayMs ?? defaultRetryDelay
  let client: pg.Client | undefined
  let backendPid: number | undefined
  let stopped = false
  let everConnected = false
  let attempt = 0
  let retryTimer: NodeJS.Timeout | undefined
  let markListening: () => void = () => {}
  const listening = new Promise<void>((resolve) => (markListening = resolve))

  const scheduleReconnect = (why: string) => {
    if (stopped || retryTimer) return
    attempt++
    const delay = retryDelay(attempt)
    log(`cache listener: ${why}; reconnecting in ${delay} ms`)
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      void connect()
    }, delay)
    retryTimer.unref()
  }

  const drop = (current: pg.Client, why: string) => {
    if (client !== current) return // already handled (both 'error' and 'end' fire)
    client = undefined
    backendPid = undefined
    current.end().catch(() => {})
    scheduleReconnect(why)
  }

  async function connect(): Promise<void> {
    let current: pg.Client
    try {
      current = new pg.Client({
        connectionString: options.connectionString(),
        keepAlive: true,
        keepAliveInitialDelayMillis: KEEPALIVE_IDLE_MS,
        application_name: 'careerpath-cache-listener',
      })
    } catch (error) {
      scheduleReconnect(`no database address (${(error as Error).message})`)
      return
    }
    client = current
    current.on('error', (error) => drop(current, `connection lost (${error.message})`))
    current.on('end', () => drop(current, 'connection closed'))
    current.on('notification', (message) => {
      if (message.channel !== CACHE_CHANNEL) return
      const tags = parseCacheMessage(message.payload)
      if (!tags)
        return log(
          `cache listener: ignored a notification that is not a list of tags: ${String(message.payload).slice(0, 200)}`,
        )
      Promise.resolve(options.onTags(tags)).catch((error: Error) =>
        log(`cache listener: expiring ${tags.join(', ')} failed: ${error.message}`),
      )
    })
    try {
      await current.connect()
      await current.query(`LISTEN ${CACHE_CHANNEL}`)
      if (client !== current || stopped) return void current.end().catch(() => {})
      backendPid = (current as unknown as { processID?: number }).processID
    } catch (error) {
      drop(current, `could not listen (${(error as Error).message})`)
      return
    }
    attempt = 0
    if (everConnected) {
      log('cache listener: listening again; notifications of the gap may be lost, so everything is expired')
      await Promise.resolve(options.onReconnect?.()).catch((error: Error) =>
        log(`cache listener: expiring after the reconnection failed: ${error.message}`),
      )
    }
    everConnected = true
    markListening()
  }

  void connect()
  return {
    listening,
    get backendPid() {
      return backendPid
    },
    async stop() {
      stopped = true
      clearTimeout(retryTimer)
      const current = client
      client = undefined
      await current?.end().catch(() => {})
    },
  }
}
