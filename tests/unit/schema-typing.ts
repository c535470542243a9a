import path from 'node:path'
import ts from 'typescript'

/**
 * Types emitted JSON-LD with schema-dts under strict TypeScript: each node of the graph becomes an
 * object literal assigned to the schema-dts type its `@type` names, so unknown properties (say,
 * `minValue` on a MonetaryAmountDistribution) and values of the wrong kind are compile errors.
 * What is typed is the JSON the page emits, not the builder's declared return type.
 */
export function schemaTypeErrors(graph: unknown): string[] {
  const { '@context': context, '@graph': nodes } = graph as { '@context': unknown; '@graph': { '@type': string }[] }
  const types = [...new Set(nodes.map((node) => node['@type']))]
  const source = [
    `import type { WithContext, ${types.join(', ')} } from 'schema-dts'`,
    `const context: WithContext<${types[0]}>['@context'] = ${JSON.stringify(context)}`,
    ...nodes.map((node, index) => `export const node${index}: ${node['@type']} = ${JSON.stringify(node, null, 1)}`),
    'export { context }',
  ].join('\n')
  const fileName = path.join(process.cwd(), 'tests', 'unit', '__emitted-graph__.ts')
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  }
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.getSourceFile = (name, language, ...rest) =>
    name === fileName ? ts.createSourceFile(name, source, language) : getSourceFile.call(host, name, language, ...rest)
  host.fileExists = (name) => name === fileName || fileExists.call(host, name)
  host.readFile = (name) => (name === fileName ? source : readFile.call(host, name))
  const program = ts.createProgram([fileName], options, host)
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const line =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        : 0
    return `${source.split('\n')[line - 1]?.trim() ?? ''} → ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`
  })
}
