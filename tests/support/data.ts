import type { CollectionSlug, FindOptions, RequiredDataFromCollectionSlug, SelectType } from 'payload'
import type { PlainListBlock, SectionBlock, SkillListBlock, TechnologyGroupBlock } from '@/payload-types'
import { richTextFromNodes } from '@/lib/content/lexical'
import type { RichNode } from '@/lib/import/schema'

/**
 * Typed data for the tests' Payload writes, built from the generated types in payload-types.ts, so that
 * each test states only what it is about and the compiler checks the rest.
 */

/** Collections whose slug is made from the title or name when left empty (collections/fields/slug.ts). */
type SluggedSlug = 'guides' | 'technologies' | 'skills' | 'people'

/**
 * A new document as an editor gives it: Payload's create data, the slug optional. The generated types
 * call the slug required because the field is; they know nothing of the hook that fills it in.
 */
export type NewData<TSlug extends SluggedSlug> = Omit<RequiredDataFromCollectionSlug<TSlug>, 'slug'> & {
  slug?: string
}

/** The create data Payload's types ask for, from data that may leave the slug to the collection's hook. */
export function newData<TSlug extends SluggedSlug>(data: NewData<TSlug>): RequiredDataFromCollectionSlug<TSlug> {
  return data as RequiredDataFromCollectionSlug<TSlug>
}

export type GuideBlockData = NonNullable<RequiredDataFromCollectionSlug<'guides'>['content']>[number]

/** A guide titled `title`, by default a tester's with one short list; `fields` replace any default. */
export function guideData(fields: Pick<NewData<'guides'>, 'title'> & Partial<NewData<'guides'>>) {
  return newData<'guides'>({ role: 'Tester', content: [plainListBlock()], ...fields })
}

export const technologyData = (fields: NewData<'technologies'>) => newData<'technologies'>(fields)
export const skillData = (fields: NewData<'skills'>) => newData<'skills'>(fields)
export const personData = (fields: NewData<'people'>) => newData<'people'>(fields)

/** A list block, by default "Tools" with one item. */
export function plainListBlock(fields: Partial<PlainListBlock> = {}): PlainListBlock {
  return { blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }], ...fields }
}

/** A technology group naming `technologies`, by default "Tools" of the category "other". */
export function technologyGroupBlock(
  technologies: number[],
  fields: Partial<TechnologyGroupBlock> = {},
): TechnologyGroupBlock {
  return {
    blockType: 'technologyGroup',
    heading: 'Tools',
    headingLevel: '2',
    category: 'other',
    technologies,
    ...fields,
  }
}

/** A skill list naming `skills`, by default "Skills". */
export function skillListBlock(skills: number[], fields: Partial<SkillListBlock> = {}): SkillListBlock {
  return { blockType: 'skillList', heading: 'Skills', headingLevel: '2', skills, ...fields }
}

/** A text section under `heading`. */
export function sectionBlock(heading: string, content: SectionBlock['content']): SectionBlock {
  return { blockType: 'section', heading, headingLevel: '2', content }
}

/**
 * Rich text as a guide's section stores it. Lexical's editor state is the same JSON as the generated
 * type, but declared as interfaces without the generated type's index signature, so it is restated.
 */
export function richText(nodes: RichNode[]): NonNullable<SectionBlock['content']> {
  return richTextFromNodes(nodes) as NonNullable<SectionBlock['content']>
}

/**
 * Data that is deliberately not what the collection's type allows (a list for a title, a block kind
 * that does not exist): for tests that check the refusal. The only place the compiler is told to look away.
 */
export function invalidData<TSlug extends CollectionSlug>(data: unknown): RequiredDataFromCollectionSlug<TSlug> {
  return data as RequiredDataFromCollectionSlug<TSlug>
}

/**
 * Find arguments deliberately outside Payload's type (a limit of "NaN", a filter given as a string):
 * for tests of the guard that refuses them with a 400.
 */
export function invalidFindArgs<TSlug extends CollectionSlug>(
  args: { collection: TSlug } & Record<string, unknown>,
): FindOptions<TSlug, SelectType> {
  return args as FindOptions<TSlug, SelectType>
}
