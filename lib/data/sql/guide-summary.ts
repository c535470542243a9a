import { sql } from '@payloadcms/db-postgres'
import type { Guide } from '@/payload-types'

/** What guide lists show of a guide. */
export type GuideSummary = Pick<Guide, 'id' | 'title' | 'role' | 'slug' | 'excerpt' | 'publishedAt' | 'updatedAt'> & {
  /** Read by the lists that show cards (the home page, /guides); the others leave it out. */
  featuredImage?: Guide['featuredImage']
}

/** A guide summary read with SQL of our own (the guides table as `g`), and a row of it. */
export const summaryColumns = sql`g.id, g.title, g.role, g.slug, g.excerpt, g.published_at, g.updated_at`

export const summaryOfRow = (row: Record<string, unknown>): GuideSummary => ({
  id: Number(row.id),
  title: String(row.title),
  role: String(row.role),
  slug: String(row.slug),
  excerpt: row.excerpt == null ? null : String(row.excerpt),
  publishedAt: row.published_at == null ? null : new Date(row.published_at as string).toISOString(),
  updatedAt: new Date(row.updated_at as string).toISOString(),
})
