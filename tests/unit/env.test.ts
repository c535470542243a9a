import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { EnvError, parseEnv } from '@/lib/config/env'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-env-'))

describe('parseEnv', () => {
  it('defaults SITE_URL and generates a development secret that persists in the data folder', () => {
    const cwd = tempDir()
    const first = parseEnv({ NODE_ENV: 'development' }, cwd)
    expect(first.SITE_URL).toBe('http://localhost:3000')
    expect(first.DATABASE_URL).toBeUndefined()
    expect(first.DATABASE_PREPARED_STATEMENTS).toBe('on')
    expect(first.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(parseEnv({ NODE_ENV: 'development' }, cwd).PAYLOAD_SECRET).toBe(first.PAYLOAD_SECRET)
    expect(fs.readFileSync(path.join(cwd, '.data', 'payload-secret'), 'utf8').trim()).toBe(first.PAYLOAD_SECRET)
  })

  it('strips a trailing slash from SITE_URL and treats empty values as unset', () => {
    const parsed = parseEnv(
      { SITE_URL: 'https://careers.example/', DATABASE_URL: '' } as unknown as NodeJS.ProcessEnv,
      tempDir(),
    )
    expect(parsed.SITE_URL).toBe('https://careers.example')
    expect(parsed.DATABASE_URL).toBeUndefined()
    expect(parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379' } as unknown as NodeJS.ProcessEnv, tempDir()).REDIS_URL).toBe(
      'redis://127.0.0.1:6379',
    )
  })

  it('reads WEB_CONCURRENCY as a number of workers, unset when not given (the primary then runs one per core)', () => {
    expect(parseEnv({ WEB_CONCURRENCY: '3' } as unknown as NodeJS.ProcessEnv, tempDir()).WEB_CONCURRENCY).toBe(3)
    expect(parseEnv({ WEB_CONCURRENCY: '' } as unknown as NodeJS.ProcessEnv, tempDir()).WEB_CONCURRENCY).toBeUndefined()
  })

  it('reads DATABASE_REPLICA_URLS as a list', () => {
    const parsed = parseEnv(
      { DATABASE_REPLICA_URLS: 'postgres://replica-1/db, postgres://replica-2/db' } as unknown as NodeJS.ProcessEnv,
      tempDir(),
    )
    expect(parsed.DATABASE_REPLICA_URLS).toEqual(['postgres://replica-1/db', 'postgres://replica-2/db'])
  })

  it.each([
    [{ SITE_URL: 'careers.example' }, /^Invalid environment variable SITE_URL: /],
    [{ SITE_URL: 'ftp://careers.example' }, /^Invalid environment variable SITE_URL: /],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /^Invalid environment variable DATABASE_URL: must be a postgres/],
    [{ PAYLOAD_SECRET: 'short' }, /^Invalid environment variable PAYLOAD_SECRET: must be at least 32 characters/],
    [{ NODE_ENV: 'production' }, /^Missing environment variable PAYLOAD_SECRET/],
    [
      { REDIS_URL: 'http://127.0.0.1:6379' },
      /^Invalid environment variable REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/,
    ],
    [
      { DATABASE_REPLICA_URLS: 'postgres://replica/db,mysql://other/db' },
      /^Invalid environment variable DATABASE_REPLICA_URLS.1: must be a postgres/,
    ],
    [
      { DATABASE_PREPARED_STATEMENTS: 'no' },
      /^Invalid environment variable DATABASE_PREPARED_STATEMENTS: must be "on" or "off"/,
    ],
    [{ CONTACT_EMAIL: 'editors at example' }, /^Invalid environment variable CONTACT_EMAIL: must be an email address/],
    [{ PAGE_MICROCACHE_MS: '1s' }, /^Invalid environment variable PAGE_MICROCACHE_MS: /],
    [{ PAGE_MICROCACHE_MS: '600000' }, /^Invalid environment variable PAGE_MICROCACHE_MS: must be at most 60000/],
    [
      { WEB_CONCURRENCY: 'two' },
      /^Invalid environment variable WEB_CONCURRENCY: must be a whole number of worker processes, 1 or more/,
    ],
    [
      { WEB_CONCURRENCY: '0' },
      /^Invalid environment variable WEB_CONCURRENCY: must be a whole number of worker processes, 1 or more/,
    ],
    [
      { WEB_CONCURRENCY: '1.5' },
      /^Invalid environment variable WEB_CONCURRENCY: must be a whole number of worker processes, 1 or more/,
    ],
    [{ WEB_CONCURRENCY: '500' }, /^Invalid environment variable WEB_CONCURRENCY: must be at most 64/],
  ])('stops on %p with one line naming the variable', (source, message) => {
    expect(() => parseEnv(source as unknown as NodeJS.ProcessEnv, tempDir())).toThrow(EnvError)
    expect(() => parseEnv(source as unknown as NodeJS.ProcessEnv, tempDir())).toThrow(message)
  })

  it('lets a production build run without a secret, but not a production server', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, tempDir())).not.toThrow()
    const secret = 'x'.repeat(40)
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }, tempDir()).PAYLOAD_SECRET).toBe(secret)
  })

  it('refuses an S3 access key without its secret, naming both', () => {
    expect(() =>
      parseEnv({
        NODE_ENV: 'development',
        DATA_DIR: '/tmp/careerpath-env-s3',
        S3_BUCKET: 'media',
        S3_ACCESS_KEY_ID: 'AKIA',
      }),
    ).toThrow(
      'Invalid environment variable S3_SECRET_ACCESS_KEY: and S3_ACCESS_KEY_ID go together: set both or neither',
    )
    expect(
      parseEnv({
        NODE_ENV: 'development',
        DATA_DIR: '/tmp/careerpath-env-s3',
        S3_BUCKET: 'media',
        S3_ACCESS_KEY_ID: 'AKIA',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).S3_BUCKET,
    ).toBe('media')
  })
})
