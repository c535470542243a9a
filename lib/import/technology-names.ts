import fs from 'node:fs/promises'
import path from 'node:path'
import type { TechnologyRef } from './schema-parts'

/**
 * Which technology a name in a writer's list is: one already on the site (by name or abbreviation,
 * ignoring case and punctuation, or by any name the dictionary gives it: "Postgres" finds
 * PostgreSQL), one the dictionary knows (simple-icons' 3,000+ brand names with their aliases, plus
 * the few it cannot carry), or one nothing knows, which is created but reported as new.
 */

/** "Node.js", "NodeJS" and "node js" are one technology; "C#" and "C" are not. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/#/g, 'sharp')
    .replace(/\+/g, 'plus')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** A technology under its usual name and the other names writers use for it. */
export interface DictionaryEntry {
  name: string
  aliases: string[]
}

/**
 * Names simple-icons does not list (their owners had the icons removed: Amazon, Microsoft, Oracle)
 * and short forms writers use that it has no alias for. Kept short: the dictionary does the rest.
 */
const SUPPLEMENT: DictionaryEntry[] = [
  { name: 'Amazon Web Services', aliases: ['AWS'] },
  { name: 'Microsoft Azure', aliases: ['Azure'] },
  { name: 'Google Cloud', aliases: ['Google Cloud Platform', 'GCP'] },
  { name: 'Java', aliases: [] },
  { name: 'C#', aliases: ['C Sharp'] },
  { name: 'PostgreSQL', aliases: ['Postgres'] },
  { name: 'Microsoft SQL Server', aliases: ['SQL Server', 'MSSQL'] },
  { name: 'Oracle Database', aliases: ['Oracle', 'Oracle DB'] },
  { name: 'Kubernetes', aliases: ['K8s'] },
  { name: 'MongoDB', aliases: ['Mongo'] },
  { name: 'JavaScript', aliases: ['JS'] },
  { name: 'TypeScript', aliases: ['TS'] },
]

interface SimpleIcon {
  title: string
  aliases?: { aka?: string[]; dup?: { title: string }[]; old?: string[] }
}

/** "Apache Cassandra" is found as "Cassandra", "GNU Bash" as "Bash". */
const VENDOR_PREFIX = /^(apache|gnu)\s+/i

export class TechnologyDictionary {
  private readonly byKey = new Map<string, DictionaryEntry>()

  constructor(entries: DictionaryEntry[]) {
    for (const entry of entries) {
      const existing = this.byKey.get(nameKey(entry.name))
      // A supplement entry adds aliases to the dictionary's entry of the same name.
      const target = existing ?? entry
      if (existing) target.aliases.push(...entry.aliases)
      for (const name of [entry.name, ...entry.aliases]) {
        for (const key of [nameKey(name), nameKey(name.replace(VENDOR_PREFIX, ''))]) {
          if (key && !this.byKey.has(key)) this.byKey.set(key, target)
        }
      }
    }
  }

  get size(): number {
    return new Set(this.byKey.values()).size
  }

  lookup(name: string): DictionaryEntry | undefined {
    return this.byKey.get(nameKey(name))
  }
}

let loading: Promise<TechnologyDictionary> | undefined

/** The dictionary, read once per process (simple-icons' data is 450 kB of JSON, read only when importing). */
export function technologyDictionary(): Promise<TechnologyDictionary> {
  loading ??= (async () => {
    // Read from the project's node_modules rather than imported: the server bundle would carry the
    // whole dictionary for every request, and webpack leaves no working require.resolve in it.
    const file = path.join(process.cwd(), 'node_modules', 'simple-icons', 'data', 'simple-icons.json')
    const icons = JSON.parse(await fs.readFile(file, 'utf8')) as SimpleIcon[]
    const entries = icons.map((icon) => ({
      name: icon.title,
      aliases: [
        ...(icon.aliases?.aka ?? []),
        ...(icon.aliases?.old ?? []),
        ...(icon.aliases?.dup ?? []).map((dup) => dup.title),
      ],
    }))
    return new TechnologyDictionary([
      ...entries,
      ...SUPPLEMENT.map((entry) => ({ ...entry, aliases: [...entry.aliases] })),
    ])
  })()
  return loading
}

export interface ExistingTechnology {
  id: number
  name: string
  abbreviation?: string | null
}

/** How one name of a writer's list was matched. */
export interface TechnologyMatch {
  /** The name as written. */
  written: string
  /** The name the technology is stored under: the site's for one it has, else the name as written. */
  name: string
  abbreviation?: string
  /** The technology already on the site. */
  id?: number
  /** Found on the site under another name ("Postgres" is the site's PostgreSQL). */
  renamed: boolean
  /** On the site or in the dictionary; false: nothing knows this name, the editor should check it. */
  known: boolean
}

export class TechnologyMatcher {
  private readonly existing = new Map<string, ExistingTechnology>()

  constructor(
    private readonly dictionary: TechnologyDictionary,
    technologies: ExistingTechnology[],
  ) {
    for (const technology of technologies) this.remember(technology)
  }

  /** A technology created during the import is found by the guide's later lists. */
  remember(technology: ExistingTechnology): void {
    for (const name of [technology.name, technology.abbreviation]) {
      if (name && !this.existing.has(nameKey(name))) this.existing.set(nameKey(name), technology)
    }
  }

  match(ref: TechnologyRef): TechnologyMatch {
    const written = ref.abbreviation ? `${ref.name} (${ref.abbreviation})` : ref.name
    const entry =
      this.dictionary.lookup(ref.name) ?? (ref.abbreviation ? this.dictionary.lookup(ref.abbreviation) : undefined)
    // Every name the dictionary gives the technology finds it on the site: "Postgres" finds PostgreSQL.
    const names = [ref.name, ref.abbreviation, ...(entry ? [entry.name, ...entry.aliases] : [])].filter(
      (name): name is string => Boolean(name),
    )
    const onSite = names.map((name) => this.existing.get(nameKey(name))).find(Boolean)
    if (onSite) {
      const renamed = nameKey(onSite.name) !== nameKey(ref.name)
      return {
        written,
        name: onSite.name,
        abbreviation: onSite.abbreviation ?? undefined,
        id: onSite.id,
        known: true,
        renamed,
      }
    }
    // A new technology keeps the writer's name ("Express.js", not the dictionary's "Express").
    return { written, name: ref.name, abbreviation: ref.abbreviation, known: entry !== undefined, renamed: false }
  }
}
