/**
 * Jest loads global setup files natively, outside its transform; tsx loads the TypeScript they use.
 * Each project's setup and teardown are thin wrappers around these.
 */
import { tsImport } from 'tsx/esm/api'

export const load = (file) => tsImport(file, import.meta.url)
