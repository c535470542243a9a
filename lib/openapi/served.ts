import config from '@payload-config'
import { openApiDocument } from './document'
import { readApiExamples } from './examples'

let served: Promise<string> | undefined

/**
 * The document as /api/openapi.json sends it. It changes only with the code and the config, so it
 * is made once per server process (and made again after a failure, not kept failing).
 */
export function servedOpenApiDocument(): Promise<string> {
  served ??= (async () => JSON.stringify(await openApiDocument(await config, await readApiExamples())))()
  served.catch(() => (served = undefined))
  return served
}
