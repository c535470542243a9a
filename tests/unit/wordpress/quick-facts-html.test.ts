import { describe, expect, it } from '@jest/globals'
import { parseGuideText } from '@/lib/import/parse-guide'
import { htmlToGuideText } from '@/lib/import/wordpress/html-to-text'

const guideOf = (body: string) => parseGuideText(`# Nurse: Career Guide (2026)\n\n${htmlToGuideText(body).text}`).guide

describe('quick facts written in HTML (a WordPress post, an .html or .docx document)', () => {
  it('reads a table of facts, one row each', () => {
    const guide = guideOf(`<h2>Quick facts</h2>
      <table><thead><tr><th>Fact</th><th>Value</th></tr></thead><tbody>
      <tr><td>Median pay</td><td>$86,070 per year (US BLS, May 2024)</td></tr>
      <tr><td>Typical entry-level education</td><td>Bachelor’s degree</td></tr>
      </tbody></table>
      <h2>What nurses do</h2><p>They care for patients.</p>`)
    expect(guide.quickFacts).toEqual({
      medianPay: { amount: 86070, currency: 'USD', period: 'year', source: 'US BLS, May 2024', year: 2024 },
      entryEducation: 'Bachelor’s degree',
    })
  })

  it('reads a description list, terms paired with their descriptions', () => {
    const guide = guideOf(`<h2>At a glance</h2>
      <dl><dt>Job outlook, 2024–34</dt><dd>5% (Faster than average)</dd>
      <div><dt>Number of jobs, 2024</dt><dd>3,391,000</dd></div></dl>
      <h2>What nurses do</h2><p>They care for patients.</p>`)
    expect(guide.quickFacts).toEqual({
      outlook: { growthPercent: 5, fromYear: 2024, toYear: 2034 },
      jobs: { count: 3391000, year: 2024 },
    })
  })
})
