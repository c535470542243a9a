import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, waitForServer } from './server'

/** Debian's nginx, running deploy/nginx/careerpath.conf for tests and benchmarks. */
export const NGINX = '/usr/sbin/nginx'

export interface RunningNginx {
  origin: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * The deploy file as shipped, in front of `upstream` (an app server's origin) on `port` (or a free
 * loopback port), with its cache and logs in a temporary folder; `extraServerConfig` is added to its server
 * block. Resolves once nginx answers /robots.txt through the app.
 */
export async function startNginx({
  upstream,
  port,
  extraServerConfig = '',
}: {
  upstream: string
  port?: number
  extraServerConfig?: string
}): Promise<RunningNginx> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-nginx-'))
  port ??= await freePort()
  const site = fs
    .readFileSync('deploy/nginx/careerpath.conf', 'utf8')
    .replace('/var/cache/nginx/careerpath', path.join(work, 'cache'))
    .replace('server 127.0.0.1:3000;', `server ${new URL(upstream).host};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};\n${extraServerConfig}`)
  if (!site.includes(`listen 127.0.0.1:${port};`))
    throw new Error('deploy/nginx/careerpath.conf no longer has the `listen 80;` line this helper replaces')
  fs.writeFileSync(path.join(work, 'careerpath.conf'), site)
  // Running as root, nginx would hand its workers to `nobody`, who cannot write the cache folder.
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  fs.writeFileSync(
    path.join(work, 'nginx.conf'),
    `${user}\nworker_processes 1;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log warn;\nevents { worker_connections 1024; }\n` +
      `http {\n  access_log off;\n  client_body_temp_path ${work}/body;\n  proxy_temp_path ${work}/proxy;\n  include ${work}/careerpath.conf;\n}\n`,
  )
  let output = ''
  const child = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const origin = `http://127.0.0.1:${port}`
  await waitForServer(`${origin}/robots.txt`, child, () => output)
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGQUIT')
        await exited
      }
      fs.rmSync(work, { recursive: true, force: true })
    },
  }
}
