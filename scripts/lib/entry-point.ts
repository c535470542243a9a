import path from 'node:path'

/**
 * How to start one of this project's TypeScript entry points (a script, server.ts) as a child
 * process: plain Node running scripts/run.mjs, with the export condition it explains.
 */
export function entryPoint(file: string, args: string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: ['-C', 'production', path.resolve('scripts/run.mjs'), file, ...args] }
}

/** The same as one shell command line, for scripts/with-database.ts's arguments. */
export function entryPointCommand(file: string, args: string[] = []): string {
  return ['node', '-C', 'production', 'scripts/run.mjs', file, ...args].join(' ')
}
