import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

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
  {
    // Imports that climb more than one folder say `@/` instead, so a file reads the same wherever it moves.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['migrations/**', 'scripts/**', 'tests/setup/**', 'tests/scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./){2,}', message: 'Import through @/ (e.g. @/lib/env) instead of climbing folders.' },
          ],
        },
      ],
    },
  },
  {
    // Payload writes migrations; their signature includes arguments a migration may not use.
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
]

export default config
