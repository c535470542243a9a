import nextJest from 'next/jest.js'

/**
 * Four projects: pure logic (unit), block renderers in jsdom (components), Payload's Local API
 * against a real PostgreSQL (integration), and the built site over HTTP and in a browser (http).
 * Payload is ESM, so TypeScript is run as ESM (`node --experimental-vm-modules`, see package.json).
 */
const createJestConfig = nextJest({ dir: './' })

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^@payload-config$': '<rootDir>/payload.config.ts', '^@/(.*)$': '<rootDir>/$1' },
}

const project = (config) => createJestConfig({ ...shared, ...config })()

const config = {
  // Integration and HTTP tests run real servers and child processes on a shared 2-core machine.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.cjs'],
  projects: await Promise.all([
    project({ displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] }),
    project({
      displayName: 'components',
      testEnvironment: 'jsdom',
      moduleNameMapper: { ...shared.moduleNameMapper, '^next/image$': '<rootDir>/tests/setup/next-image.ts' },
      testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/jest-dom.ts'],
    }),
    project({
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.{ts,tsx}'],
      globalSetup: '<rootDir>/tests/setup/database-setup.mjs',
      setupFiles: ['<rootDir>/tests/setup/use-test-database.ts'],
      globalTeardown: '<rootDir>/tests/setup/database-teardown.mjs',
    }),
    project({
      displayName: 'http',
      testEnvironment: 'node',
      // Browser tests (Playwright driving Debian's Chromium) use the same built site.
      testMatch: ['<rootDir>/tests/http/**/*.test.ts', '<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/server-setup.mjs',
      globalTeardown: '<rootDir>/tests/setup/server-teardown.mjs',
    }),
  ]),
}

export default config
