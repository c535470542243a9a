import type { CheckStatus, SeoAnalysis } from '@/lib/seo/analysis'

const LABEL: Record<CheckStatus, string> = { good: 'Good', improve: 'Improve', problem: 'Problem' }
const COLOR: Record<CheckStatus, string> = {
  good: 'var(--theme-success-500, #2e7d32)',
  improve: 'var(--theme-warning-500, #b26a00)',
  problem: 'var(--theme-error-500, #c62828)',
}

export interface Snippet {
  title: string
  url: string
  description: string
}

/** The SEO analysis as an editor reads it: a search-result preview, the score, then problems first. */
export function SeoChecks({ analysis, snippet }: { analysis: SeoAnalysis; snippet: Snippet }) {
  const order: CheckStatus[] = ['problem', 'improve', 'good']
  const checks = [...analysis.checks].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
  return (
    <section aria-labelledby="seo-analysis-heading" style={{ marginBottom: '1.5rem' }}>
      <h3 id="seo-analysis-heading" style={{ marginBottom: '0.5rem' }}>
        SEO analysis
      </h3>
      <figure
        aria-label="Search result preview"
        style={{
          margin: '0 0 0.75rem',
          padding: '0.5rem',
          border: '1px solid var(--theme-elevation-150, #ddd)',
          borderRadius: 4,
        }}
      >
        <div style={{ fontSize: 12, color: 'var(--theme-elevation-600, #555)', overflowWrap: 'anywhere' }}>
          {snippet.url}
        </div>
        <div style={{ fontSize: 16, color: '#1a0dab' }}>{snippet.title || 'No SEO title yet'}</div>
        <div style={{ fontSize: 13 }}>{snippet.description || 'No meta description yet'}</div>
      </figure>
      <p>
        Score <strong>{analysis.score}</strong>/100 ·{' '}
        <span style={{ color: COLOR[analysis.status] }}>{LABEL[analysis.status]}</span>
      </p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {checks.map((check) => (
          <li key={check.id} data-check={check.id} style={{ margin: '0.35rem 0', fontSize: 13 }}>
            <strong style={{ color: COLOR[check.status] }}>{LABEL[check.status]}:</strong> {check.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
