import fs from 'node:fs'
import path from 'node:path'
import { svgToPath, titleToSlug } from 'simple-icons/sdk'

/**
 * A technology's logo from simple-icons, when it has one: matched by the names a writer gives a
 * technology against the icons' titles and aliases, the way simple-icons makes its slugs. Read from
 * the installed package at render time (one file per icon) rather than bundled: the package's index
 * is 5 MB, and pages that show icons are rendered once and then served from the cache.
 */
export interface TechnologyIcon {
  /** The brand's name as simple-icons spells it. */
  title: string
  /** The SVG path on a 24×24 view box. */
  path: string
}

interface IconData {
  title: string
  slug?: string
  aliases?: { aka?: string[]; dup?: { title: string }[] }
}

const PACKAGE = path.resolve(process.cwd(), 'node_modules', 'simple-icons')

/**
 * simple-icons' slug of a name, with "#" as its "sharp": titleToSlug drops it, and "C#" would be C's
 * logo. simple-icons has no C# logo; "F#" finds F#'s.
 */
const keyOf = (name: string) => titleToSlug(name.replaceAll('#', 'sharp'))

let index: Map<string, { slug: string; title: string }> | undefined

/** Every icon by the slug of its title and of each alias ("Postgres" would find PostgreSQL). */
function iconIndex() {
  if (index) return index
  index = new Map()
  try {
    const icons = JSON.parse(fs.readFileSync(path.join(PACKAGE, 'data', 'simple-icons.json'), 'utf8')) as IconData[]
    for (const icon of icons) {
      const entry = { slug: icon.slug ?? titleToSlug(icon.title), title: icon.title }
      const keys = [
        entry.slug,
        ...[icon.title, ...(icon.aliases?.aka ?? []), ...(icon.aliases?.dup ?? []).map((dup) => dup.title)].map(keyOf),
      ]
      for (const key of keys) if (!index.has(key)) index.set(key, entry)
    }
  } catch {
    // No package data: chips are text only, as for a technology simple-icons has no logo of.
  }
  return index
}

/**
 * The names to try, most specific first: the name, without what it adds in brackets ("Amazon Web
 * Services (AWS)"), the abbreviation, without a ".js" ("Express.js" is simple-icons' "Express") and
 * with Apache's prefix ("Cassandra" is "Apache Cassandra").
 */
export function iconNames({ name, abbreviation }: { name: string; abbreviation?: string | null }): string[] {
  const base = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
  const bracketed = /\(([^)]+)\)/.exec(name)?.[1]
  const names = [name, base, bracketed, abbreviation, base.replace(/\.?js$/i, ''), `Apache ${base}`]
  return [...new Set(names.map((candidate) => candidate?.trim()).filter((candidate): candidate is string => Boolean(candidate)))]
}

const cache = new Map<string, TechnologyIcon | null>()

/** The logo simple-icons has for a technology, or undefined (then its chip is text only). */
export function technologyIcon(technology: { name: string; abbreviation?: string | null }): TechnologyIcon | undefined {
  const key = `${technology.name}\u0000${technology.abbreviation ?? ''}`
  if (!cache.has(key)) {
    const found = iconNames(technology)
      .map((name) => iconIndex().get(keyOf(name)))
      .find(Boolean)
    cache.set(key, found ? readIcon(found) : null)
  }
  return cache.get(key) ?? undefined
}

function readIcon({ slug, title }: { slug: string; title: string }): TechnologyIcon | null {
  try {
    const svg = fs.readFileSync(path.join(PACKAGE, 'icons', `${slug}.svg`), 'utf8')
    const iconPath = svgToPath(svg)
    return iconPath ? { title, path: iconPath } : null
  } catch {
    return null
  }
}
