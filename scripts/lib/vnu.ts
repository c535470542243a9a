/** The W3C Nu HTML Checker (npm vnu-jar), run with the machine's Java. */
import { execFile, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'))

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  url?: string
  lastLine?: number
  message: string
  extract?: string
}

/** Runs the checker once over every file (one JVM start) and returns its errors. */
export async function vnuErrors(files: string[]): Promise<VnuMessage[]> {
  // vnu exits 1 when it finds errors; its JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    if (!error.stdout) throw new Error(`vnu could not run (is Java installed?): ${error.stderr || error.message}`)
    return { stdout: error.stdout }
  })
  return (JSON.parse(stdout) as { messages: VnuMessage[] }).messages.filter((message) => message.type !== 'info')
}

/** Whether Java is installed: `.ci/run` installs it; a machine with Node alone has none. */
export const javaAvailable = (): boolean => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0
