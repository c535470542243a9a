import path from 'node:path'

/**
 * Node's flags per entry point. The production server's old-generation heap is capped at 256 MB:
 * left to itself V8 let it grow to 620 MB under `npm run bench` (RSS 811 MB) although a full
 * collection then kept 145 MB; capped, RSS after the same run was 350 MB (live heap 107 MB) with
 * the same throughput ratios. Each worker of `npm start` (scripts/cluster.ts) has the same cap (tests/unit/entry-point).
 */
const NODE_FLAGS: Record<string, string[]> = { 'server.ts': ['--max-old-space-size=256'] }

/** Node's flags for `file`: the export condition (scripts/run.mjs) and the file's own; scripts/cluster.ts starts its workers with server.ts's. */
export const nodeArgs = (file: string) => ['-C', 'production', ...(NODE_FLAGS[file] ?? [])]

/**
 * How to start one of this project's TypeScript entry points (a script, server.ts) as a child
 * process: plain Node running scripts/run.mjs, with the export condition it explains.
 */
export function entryPoint(file: string, args: string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: [...nodeArgs(file), path.resolve('scripts/run.mjs'), file, ...args] }
}

/** The same as one shell command line, for scripts/with-database.ts's arguments. */
export function entryPointCommand(file: string, args: string[] = []): string {
  return ['node', ...nodeArgs(file), 'scripts/run.mjs', file, ...args].join(' ')
}
