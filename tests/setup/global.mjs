/**
 * Jest loads global setup files natively, outside its transform; scripts/run.mjs bundles the
 * TypeScript they use, as it does for the command-line scripts. Each project's setup and teardown
 * are thin wrappers around these.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load as loadEntryPoint } from '../../scripts/run.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))

export const load = (file) => loadEntryPoint(path.relative(path.resolve(here, '../..'), path.resolve(here, file)))
