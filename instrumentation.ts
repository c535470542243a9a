/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // What Next prints of a failed render or action (a database error with its parameters) is scrubbed too.
  const { scrubConsole } = await import('./lib/logging/redaction')
  scrubConsole()
  const { env } = await import('./lib/config/env')
  const statementLog = env().SQL_STATEMENT_LOG
  if (statementLog) {
    const { logStatementsTo } = await import('./lib/db/statement-log')
    logStatementsTo(statementLog)
  }
  // Writes from other processes (the importer, seeds, the jobs worker, other app servers) expire
  // this server's cached pages (lib/cache/events). Not while `next build` prerenders.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { listenForOtherProcessesWrites } = await import('./lib/cache/events/server')
    listenForOtherProcessesWrites()
  }
}
