import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Keeps README.md and docs/ honest: short, no dead relative links, no `npm run` of a script that does not
 * exist, and a "What runs where" table that names every top-level folder and only paths that exist.
 */
const README = 'README.md'
const docs = fs
  .readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .map((name) => path.join('docs', name))
const documents = [README, ...docs]
const read = (file: string) => fs.readFileSync(file, 'utf8')
const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> }

/** Folders that are not part of the source: generated, local data, or hidden. */
const NOT_SOURCE = new Set(['node_modules', 'coverage', 'test-results', 'backups', 'media'])

/** Markdown links `[text](target)` that point into the repository, not to a site or an anchor. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target))
    .map((target) => decodeURIComponent(target.replace(/#.*$/, '')))
}

/** The rows of README's "What runs where" table: the paths in the first cell, and the rest of the row. */
function whatRunsWhere(): { paths: string[]; what: string }[] {
  const section =
    read(README)
      .split(/^## What runs where$/m)[1]
      ?.split(/^## /m)[0] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(path|-+)\s*\|/.test(line))
    .map((line) => {
      const [first = '', ...rest] = line.split('|').slice(1, -1)
      return { paths: [...first.matchAll(/`([^`]+)`/g)].map((match) => match[1]!), what: rest.join('|') }
    })
}

const subfolders = (folder: string) =>
  fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)

describe('README.md and docs/', () => {
  it('keeps README.md at most 250 lines, with the documentation in docs/', () => {
    expect(read(README).split('\n').length).toBeLessThanOrEqual(250)
    expect(docs.length).toBeGreaterThan(0)
  })

  it('links only to files that exist', () => {
    const dead = documents.flatMap((file) =>
      relativeLinks(read(file))
        .filter((target) => !fs.existsSync(path.resolve(path.dirname(file), target)))
        .map((target) => `${file} → ${target}`),
    )
    expect(dead).toEqual([])
  })

  it('names only npm scripts that package.json has', () => {
    const unknown = documents.flatMap((file) =>
      [...read(file).matchAll(/npm run ([\w:.-]+)/g)]
        .map((match) => match[1]!)
        .filter((name) => !(name in scripts))
        .map((name) => `${file}: npm run ${name}`),
    )
    expect(unknown).toEqual([])
  })

  it('documents the two commands as package.json runs them: dev seeds through the database wrapper, test runs jest', () => {
    const readme = read(README)
    expect(readme).toContain('npm install && npm run dev')
    expect(readme).toMatch(/^\s*npm test$/m)
    // Without DATABASE_URL the wrapper starts the embedded PostgreSQL; --seed gives an empty database the sample guide.
    expect(scripts.dev).toContain('scripts/with-database.ts')
    expect(scripts.dev).toContain('scripts/migrate.ts --seed')
    expect(scripts.test).toContain('node_modules/jest/bin/jest.js')
  })

  it("names every top-level folder in README's What runs where, and only paths that exist", () => {
    const rows = whatRunsWhere()
    const paths = rows.flatMap((row) => row.paths)
    const topLevel = new Set(paths.map((entry) => entry.split('/')[0]))
    const folders = subfolders('.').filter((name) => !NOT_SOURCE.has(name))
    expect(folders.filter((name) => !topLevel.has(name))).toEqual([])
    expect(paths.filter((entry) => !fs.existsSync(entry))).toEqual([])
  })

  it('names every folder of lib/ and components/ in the table, and every folder of tests/ in its row', () => {
    const rows = whatRunsWhere()
    const paths = new Set(rows.flatMap((row) => row.paths).map((entry) => entry.replace(/\/$/, '')))
    const missing = ['lib', 'components'].flatMap((parent) =>
      subfolders(parent)
        .map((name) => `${parent}/${name}`)
        .filter((entry) => !paths.has(entry)),
    )
    expect(missing).toEqual([])
    const testsRow = rows.find((row) => row.paths.includes('tests/'))?.what ?? ''
    expect(subfolders('tests').filter((name) => !testsRow.includes(`\`${name}/\``))).toEqual([])
  })
})
