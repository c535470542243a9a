import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { entryPoint, entryPointCommand, nodeArgs } from '@/scripts/lib/entry-point'

describe('entry points', () => {
  it('starts the production server with a capped heap, in the tests as in each worker of `npm start`', () => {
    expect(entryPoint('server.ts').args).toContain('--max-old-space-size=256')
    expect(nodeArgs('server.ts')).toContain('--max-old-space-size=256')
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    // `npm start` is the primary, which starts its workers with server.ts's flags (tests/http/workers.test.ts checks a worker's command line).
    expect(scripts.start).toContain(`"${entryPointCommand('scripts/cluster.ts')}"`)
  })

  it("has systemd run npm start's command (deploy/careerpath.service), restarting it always", () => {
    const unit = fs.readFileSync('deploy/careerpath.service', 'utf8')
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    const execStart = /^ExecStart=\/usr\/bin\/(.+)$/m.exec(unit)?.[1]
    expect(execStart?.startsWith(`${scripts.start} `)).toBe(true)
    expect(unit).toMatch(/^Restart=always$/m)
  })

  it('runs scripts with the production export condition and no other flag', () => {
    expect(entryPoint('scripts/migrate.ts', ['--seed']).args.slice(0, 2)).toEqual(['-C', 'production'])
    expect(entryPointCommand('scripts/migrate.ts', ['--seed'])).toBe(
      'node -C production scripts/run.mjs scripts/migrate.ts --seed',
    )
  })
})
