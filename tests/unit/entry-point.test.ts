import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { entryPoint, entryPointCommand } from '../../scripts/lib/entry-point'

describe('entry points', () => {
  it('starts the production server with a capped heap, in the tests as in `npm start`', () => {
    expect(entryPoint('server.ts').args).toContain('--max-old-space-size=256')
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    expect(scripts.start).toContain(`"${entryPointCommand('server.ts')}"`)
  })

  it('runs scripts with the production export condition and no other flag', () => {
    expect(entryPoint('scripts/migrate.ts', ['--seed']).args.slice(0, 2)).toEqual(['-C', 'production'])
    expect(entryPointCommand('scripts/migrate.ts', ['--seed'])).toBe('node -C production scripts/run.mjs scripts/migrate.ts --seed')
  })
})
