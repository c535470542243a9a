import { runScript } from '../setup/run-script'

/**
 * Guides with typed data to compare with the sample (back-end-developer-career-guide), for the HTTP
 * and browser tests of comparison pages: a Data Engineer who shares many of its technologies and
 * skills, and a Landscape Gardener who shares two skills. tests/setup/comparison-fixtures.ts writes
 * them with Payload's Local API, from a process of its own: the server hears of them through
 * PostgreSQL, as of any import.
 */
export const SAMPLE_SLUG = 'back-end-developer-career-guide'
export const SIMILAR_SLUG = 'compared-data-engineer-guide'
export const DISSIMILAR_SLUG = 'compared-landscape-gardener-guide'
/** In canonical (alphabetical) order. */
export const SIMILAR_PAIR_PATH = `/compare/${SAMPLE_SLUG}-vs-${SIMILAR_SLUG}`
export const DISSIMILAR_PAIR_PATH = `/compare/${SAMPLE_SLUG}-vs-${DISSIMILAR_SLUG}`

function run(action: 'create' | 'delete') {
  const result = runScript('tests/setup/comparison-fixtures.ts', [action], {
    ...process.env,
    DATABASE_URL: process.env.TEST_HTTP_DATABASE_URL,
  })
  if (result.status !== 0)
    throw new Error(`comparison-fixtures ${action} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
}

export const createComparisonGuides = () => run('create')
/** Removes them again, so that the test files after see the site they expect. */
export const deleteComparisonGuides = () => run('delete')
