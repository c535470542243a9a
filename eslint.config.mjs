import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const CLIMBING = {
  regex: '^(\\.\\./){2,}',
  message: 'Import through @/ (e.g. @/lib/config/env) instead of climbing folders.',
}
const APP = {
  regex: '^@/app/',
  message: 'app/ uses components/ and lib/, not the reverse: move the shared part into lib/.',
}
const LAYERED = ['blocks/**', 'components/**', 'collections/**', 'lib/**']

function restrictImports(files, patterns, ignores = [], climbing = true) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [...(climbing ? [CLIMBING] : []), ...patterns] }] },
  }
}

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'migrations/*.json',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Imports that climb more than one folder say `@/` instead, so a file reads the same wherever it moves;
  // and the layers point one way: app/ uses components/ and lib/, never the reverse, and a migration
  // uses none of the live code (it must do what it did the day it was written).
  restrictImports(['**/*.ts', '**/*.tsx'], [], ['migrations/**', 'scripts/**', 'tests/**', ...LAYERED]),
  restrictImports(['tests/**/*.ts', 'tests/**/*.tsx'], [], ['tests/setup/**', 'tests/scripts/**']),
  restrictImports(['components/**', 'collections/**'], [APP]),
  // A block's labels, text and import run where lib/ does (the admin's browser code reads the first two):
  // only its renderer may use components/.
  restrictImports(
    ['blocks/**'],
    [
      APP,
      {
        regex: '^@/components/',
        message: 'Only a block’s Component.tsx (and the renderers registry) use components/.',
      },
    ],
    ['blocks/*/Component.tsx', 'blocks/registry/renderers.tsx'],
  ),
  restrictImports(['blocks/*/Component.tsx', 'blocks/registry/renderers.tsx'], [APP]),
  restrictImports(
    ['lib/**'],
    [APP, { regex: '^@/components/', message: 'lib/ is below components/: move the shared part into lib/.' }],
  ),
  restrictImports(
    ['migrations/**'],
    [{ regex: '^@/(?!migrations/)', message: 'A migration uses no live code: copy what it needs.' }],
    [],
    false,
  ),
  {
    // Payload writes migrations; their signature includes arguments a migration may not use.
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
]

export default config
