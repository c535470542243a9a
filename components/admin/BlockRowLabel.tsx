'use client'
import { useRowLabel } from '@payloadcms/ui'
import { guideBlockLabel } from '@/blocks/registry/labels'

/** A guide block's row in the editor: its number, its kind and its heading (Payload shows "Untitled"). */
export function BlockRowLabel() {
  const { data, rowNumber } = useRowLabel<{ blockType?: string; heading?: string | null }>()
  const heading = typeof data?.heading === 'string' ? data.heading.trim() : ''
  return (
    <span className="guide-block-label">
      <span>{String((rowNumber ?? 0) + 1).padStart(2, '0')}</span> <strong>{guideBlockLabel(data?.blockType)}</strong>
      {' · '}
      <span>{heading || 'No heading yet'}</span>
    </span>
  )
}
