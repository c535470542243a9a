import Link from 'next/link'
import type { BeforeListTableServerProps, TypedUser } from 'payload'
import { COMMENT_STATUSES, type CommentStatus } from '@/lib/comments/limits'

const LABELS: Record<CommentStatus | 'all', string> = {
  pending: 'Awaiting moderation',
  approved: 'Approved',
  spam: 'Spam',
  all: 'All',
}

function selectedStatus(searchParams: BeforeListTableServerProps['searchParams']): CommentStatus | 'all' {
  // Parsed (`where.status.equals`) or as the raw query string key, depending on who built the props.
  const params = (searchParams ?? {}) as {
    where?: { status?: { equals?: unknown } }
    'where[status][equals]'?: unknown
  }
  const status = params.where?.status?.equals ?? params['where[status][equals]']
  return COMMENT_STATUSES.includes(status as CommentStatus) ? (status as CommentStatus) : 'all'
}

/** Above the comments list: one link per status with its count, so moderation starts at "pending". */
export async function CommentStatusTabs({ payload, user, searchParams }: BeforeListTableServerProps) {
  const counts = await Promise.all(
    COMMENT_STATUSES.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: 'comments',
        where: { status: { equals: status } },
        user: user as TypedUser,
        overrideAccess: false,
      })
      return [status, totalDocs] as const
    }),
  )
  const selected = selectedStatus(searchParams)
  const tabs = [
    ...counts.map(([status, count]) => ({
      key: status,
      href: `/admin/collections/comments?where[status][equals]=${status}`,
      count,
    })),
    { key: 'all' as const, href: '/admin/collections/comments', count: undefined },
  ]
  return (
    <nav
      aria-label="Comments by status"
      style={{ display: 'flex', gap: '1.5rem', marginBottom: '1rem', flexWrap: 'wrap' }}
    >
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === selected ? 'page' : undefined}
          style={{ fontWeight: tab.key === selected ? 700 : 400 }}
        >
          {LABELS[tab.key]}
          {tab.count !== undefined ? ` (${tab.count})` : ''}
        </Link>
      ))}
    </nav>
  )
}
