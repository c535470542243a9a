/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // What Next prints of a failed render or action (a database error with its parameters) is scrubbed too.
  const { scrubConsole } = await import('./lib/log-redaction')
  scrubConsole()
  const { env } = await import('./lib/env')
  const statementLog = env().SQL_STATEMENT_LOG
  if (statementLog) {
    const { logStatementsTo } = await import('./lib/db/statement-log')
    logStatementsTo(statementLog)
  }
}
