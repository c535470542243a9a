/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env } = await import('./lib/env')
  const statementLog = env().SQL_STATEMENT_LOG
  if (statementLog) {
    const { logStatementsTo } = await import('./lib/db/statement-log')
    logStatementsTo(statementLog)
  }
}
