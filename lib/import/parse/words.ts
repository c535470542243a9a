import type { TechnologyRef } from '@/lib/import/schema'
import type { RawSection } from './types'

export function stripEndPunctuation(text: string): string {
  return text.replace(/[.;,:]+$/, '').trim()
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The heading with the role's own name replaced, so that "Why Choose a Career as a DevOps Engineer?"
 * names no technology category and "What is a Cloud Engineer?" no cloud platforms. "Back-End
 * Developers", "backend developer" and "Data Engineering" count as the role's name too.
 */
export function withoutRole(heading: string, role: string): string {
  const words = role
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp)
  if (words.length === 0) return heading
  return heading.replace(new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]*')}[\\p{L}]*`, 'giu'), 'the role')
}

/** Words that make a list item a clause ("High demand across every industry") rather than a name. */
const CLAUSE_WORDS =
  /\b(is|are|was|were|be|been|being|can|could|will|would|should|must|may|might|has|have|had|does|do|helps?|makes?|allows?|provides?|offers?|enables?|gives?|lets?|means?|requires?|needs?|across|every|your|their|our|you|they|we|it|this|that|these|those|very|more|most)\b/i
const MAX_NAME_WORDS = 4

/**
 * Whether a list item reads as a sentence or a clause, which is never a technology or skill name:
 * terminal punctuation after more than one word, a verb or pronoun, or more than a few words
 * ("Amazon Web Services (AWS)" is three words and an abbreviation).
 */
export function readsAsSentence(item: string): boolean {
  const text = item.trim()
  const words = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  if (/[.!?…]$/.test(text) && (words.length > 1 || /[!?…]$/.test(text))) return true
  // "Docker: for containers", "Python – for scripting": a name and what the writer says of it.
  if (/[;:]|\s[–—-]\s/.test(text.replace(/\([^)]*\)/g, ''))) return true
  if (words.length > MAX_NAME_WORDS) return true
  return CLAUSE_WORDS.test(text.replace(/\([^)]*\)/g, ''))
}

/** "Amazon Web Services (AWS)" is a name plus abbreviation; "JavaScript (Node.js)" is a name as written. */
export function parseTechnologyName(text: string): TechnologyRef {
  const cleaned = stripEndPunctuation(text)
  const match = /^(.+?)\s*\(([A-Z][A-Z0-9&.\-/]{1,9})\)$/.exec(cleaned)
  if (match) return { name: match[1]!.trim(), abbreviation: match[2]!.replace(/\.$/, '') }
  return { name: cleaned }
}

export const sentenceIn = (items: string[]) => items.find(readsAsSentence)

/** "Learn a language: start with Python" -> title and description. */
export function splitTitled(text: string): { title: string; description: string } {
  const [head, ...rest] = text.split(/\s*[:–—]\s+/)
  return rest.length
    ? { title: stripEndPunctuation(head!), description: rest.join(': ') }
    : { title: stripEndPunctuation(text), description: '' }
}

export const bodyText = (body: RawSection['body']) =>
  body.map((token) => (token.kind === 'item' ? `• ${token.text}` : token.text)).join('\n\n')
