import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { committedMigrations } from '@/lib/db/migrations'

/**
 * Scripts run the migrations listed in migrations/index.ts, not whatever files the folder holds: a
 * migration file missing from the list (added by hand, or a merge that kept one side's index)
 * would silently never run. Restores also rely on the list being oldest first.
 */
describe('migrations/index.ts', () => {
  const files = fs
    .readdirSync(path.resolve('migrations'))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()

  it('lists every migration file in the folder, oldest first, each with up and down', () => {
    expect(committedMigrations.map((migration) => migration.name)).toEqual(files)
    for (const migration of committedMigrations) {
      expect(typeof migration.up).toBe('function')
      expect(typeof migration.down).toBe('function')
    }
  })
})
