import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'
import { SAMPLE_CAREER_DATA, withCareerData } from '@/lib/seed/sample'
import { unique, payloadForThisFile } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload
beforeAll(() => {
  payload = getPayload()
})

const salaryRows = (content: unknown[] | null | undefined) =>
  (content ?? []).flatMap((block) => {
    const b = block as { blockType: string; rows?: Record<string, unknown>[] }
    return b.blockType === 'salary'
      ? (b.rows ?? []).map(({ region, level, min, max, source, year }) => ({ region, level, min, max, source, year }))
      : []
  })

describe('quick facts and salary levels through an import', () => {
  it('stores what the document states, and a re-import replaces a figure whole but keeps facts it does not give', async () => {
    const { guide: parsed } = parseGuideText(
      fs.readFileSync('tests/fixtures/documents/data-engineer-career-guide.md', 'utf8'),
    )
    const slug = unique('data-engineer')
    const { id } = await writeGuide(payload, { ...parsed, slug }, { publish: true })
    const stored = await payload.findByID({ collection: 'guides', id, depth: 0, overrideAccess: false })
    expect(stored.quickFacts).toMatchObject({
      medianPay: { amount: 131450, currency: 'USD', period: 'year', source: 'US BLS, May 2024', year: 2024 },
      entryEducation: "Bachelor's degree",
      outlook: { growthPercent: 15, fromYear: 2024, toYear: 2034 },
      jobs: { count: 1895500, year: 2024 },
    })
    expect(salaryRows(stored.content)).toContainEqual({
      region: 'India',
      level: 'median',
      min: 1400000,
      max: 1400000,
      source: 'AmbitionBox, 2026',
      year: 2026,
    })

    // An editor adds a region to the pay and fills the experience; the writer's next version names
    // another pay without a source and no experience.
    await payload.update({
      collection: 'guides',
      id,
      data: { quickFacts: { medianPay: { region: 'United States' }, experience: 'Two years' } },
    })
    const next = parseGuideText(
      fs
        .readFileSync('tests/fixtures/documents/data-engineer-career-guide.md', 'utf8')
        .replace('$131,450 per year (US BLS, May 2024)', '$140,000 per year')
        .replace(/^- \*\*Work experience:\*\*.*$/m, ''),
    ).guide
    await writeGuide(payload, { ...next, slug }, { publish: true })
    const again = await payload.findByID({ collection: 'guides', id, depth: 0, overrideAccess: false })
    expect(again.quickFacts?.medianPay).toMatchObject({ amount: 140000, region: null })
    // The section-wide source line now names the pay's source; the old one is not kept.
    expect(again.quickFacts?.medianPay?.source).toBe(
      'US Bureau of Labor Statistics, Occupational Outlook Handbook, 2025',
    )
    expect(again.quickFacts?.experience).toBe('Two years')
  })

  it('refuses a figure that is not a number rather than storing nothing in its place', async () => {
    const { id } = await payload.create({
      collection: 'guides',
      data: { title: 'Nurse', role: 'Nurse', slug: unique('nurse'), quickFacts: { outlook: { growthPercent: 5 } } },
    })
    const notANumber = { quickFacts: { outlook: { growthPercent: 'abc' } } } as unknown as { quickFacts: object }
    await expect(payload.update({ collection: 'guides', id, data: notANumber })).rejects.toThrow(/Growth/)
    const kept = await payload.findByID({ collection: 'guides', id, depth: 0, draft: true })
    expect(kept.quickFacts?.outlook?.growthPercent).toBe(5)
  })

  it('gives the sample guide the editors’ quick facts and a salary table by percentile', async () => {
    const data = JSON.parse(fs.readFileSync(SAMPLE_CAREER_DATA, 'utf8'))['back-end-developer-career-guide']
    const { guide: parsed } = parseGuideText(
      fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'),
    )
    const slug = unique('sample-facts')
    const { id } = await writeGuide(payload, { ...withCareerData(parsed, data), slug }, { publish: true })
    const stored = await payload.findByID({ collection: 'guides', id, depth: 0, overrideAccess: false })
    expect(stored.quickFacts?.medianPay).toMatchObject({ amount: 133080, source: 'US BLS, May 2024' })
    expect(salaryRows(stored.content).map((row) => row.level)).toEqual(['p10', 'median', 'p90'])
    // Placed before the career paths, as the data asks.
    const types = (stored.content ?? []).map((block) => block.blockType)
    expect(types.indexOf('salary')).toBe(types.indexOf('careerPaths') - 1)
  })
})
