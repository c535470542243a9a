import fs from 'node:fs'
import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'
import type { SeoAnalysis } from '@/lib/seo/analysis'
import { auditGuides, type AuditedGuide } from '@/lib/seo/audit'
import { runScript } from '../setup/run-script'
import { payloadForThisFile, unique } from './payload'
import { guideData, plainListBlock, type NewData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
beforeAll(() => {
  payload = getPayload()
})

const runAudit = (...args: string[]) => runScript('scripts/seo-audit.ts', args)

const guide = (slug: string, focusKeyword: string, fields: Partial<NewData<'guides'>> = {}) =>
  guideData({
    title: `Data Engineer guide ${slug}`,
    role: 'Data Engineer',
    slug,
    meta: {
      title: 'Data Engineer Career Guide: Skills, Tools and Salary',
      description: 'What a data engineer does.',
      focusKeyword,
    },
    content: [plainListBlock({ heading: 'Data engineer tools', items: [{ text: 'A data engineer uses SQL.' }] })],
    ...fields,
  })

describe('npm run seo:audit', () => {
  it('reports the checks of one guide as JSON, with the numbers behind them', async () => {
    const slug = unique('audited')
    await payload.create({
      collection: 'guides',
      data: guide(slug, 'data engineer', { _status: 'draft' }),
      draft: true,
    })
    {
      const run = runAudit(slug, '--json')
      expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 0 }) // a draft with problems does not fail the audit
      const [result] = JSON.parse(run.stdout) as { slug: string; published: boolean; analysis: SeoAnalysis }[]
      expect(result).toMatchObject({ slug, published: false })
      expect(result!.analysis.checks.find((c) => c.id === 'text-length')).toMatchObject({
        status: 'problem',
        data: { min: 900 },
      })
      expect(result!.analysis.checks.find((c) => c.id === 'keyword-in-title')!.status).toBe('good')
    }
  })

  it('fails when a published guide has a problem, naming the duplicate focus keyword', async () => {
    const keyword = `cloud architect ${unique('kw')}`
    const [first, second] = [unique('first'), unique('second')]
    await payload.create({ collection: 'guides', data: guide(first, keyword, { _status: 'published' }) })
    await payload.create({ collection: 'guides', data: guide(second, keyword, { _status: 'published' }) })
    const run = runAudit(second)
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 1 })
    expect(run.stdout).toMatch(new RegExp(`✗ duplicate-keyword\\s+"Data Engineer guide ${first}" already targets`))
    const unknown = runAudit('no-such-guide')
    expect({ status: unknown.status, stderr: unknown.stderr }).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('No guide has the slug "no-such-guide".'),
    })
  })

  it('flags the sample guide for what it really gets wrong: title and description too long, promises not kept', async () => {
    const { guide } = parseGuideText(fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'))
    const slug = unique('sample')
    await writeGuide(payload, { ...guide, slug }, { publish: false })
    const run = runAudit(slug, '--json')
    const [result] = JSON.parse(run.stdout) as { analysis: SeoAnalysis }[]
    const byId = Object.fromEntries(result!.analysis.checks.map((check) => [check.id, check]))
    expect(byId['title-length']).toMatchObject({ status: 'improve', data: { characters: 63 } })
    expect(byId['description-length']).toMatchObject({ status: 'improve', data: { characters: 178 } })
    expect(byId['description-promises']).toMatchObject({
      status: 'problem',
      data: { missing: ['salary', 'roadmap', 'companies'] },
    })
    expect(byId['keyword-in-title']!.status).toBe('good')
  })
})

describe('the needs-review part of the audit', () => {
  it('lists published guides needing review with their reasons, in the table output and in --json', async () => {
    const slug = unique('stale')
    await payload.create({
      collection: 'guides',
      data: guide(slug, 'site reliability engineer', {
        _status: 'published',
        title: 'Site Reliability Engineer guide (2020)',
        publishedAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
        quickFacts: { medianPay: { amount: 150000, year: 2019 } },
      }),
    })
    const run = runAudit(slug)
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 1 }) // unsourced median pay is a problem
    expect(run.stdout).toMatch(/✗ figure-sources\s+Median pay has no source\./)
    expect(run.stdout).toMatch(/Needs review: 1 published guide, unchecked longest first/)
    expect(run.stdout).toContain(`  ${slug} (40 days)\n`)
    expect(run.stdout).toContain('    - The title names 2020: update the guide for')
    expect(run.stdout).toContain('    - No reviewer: pick who checks the facts.')

    const [result] = JSON.parse(runAudit(slug, '--json').stdout) as AuditedGuide[]
    expect(result!.review).toMatchObject({ ageDays: 40 })
    expect(result!.review.reasons.map((r) => r.code)).toEqual([
      'never-reviewed',
      'past-year-in-title',
      'old-figures',
      'no-reviewer',
    ])
  })

  it('reads guides a batch at a time, each guide once, drafts as their latest version', async () => {
    const draftSlug = unique('batched-draft')
    const draft = await payload.create({
      collection: 'guides',
      data: guide(draftSlug, 'batch tester', { _status: 'draft' }),
      draft: true,
    })
    await payload.update({
      collection: 'guides',
      id: draft.id,
      data: { title: 'Batch tester guide (2019)' },
      draft: true,
    })
    for (let i = 0; i < 4; i++)
      await payload.create({
        collection: 'guides',
        data: guide(unique('batched'), 'batch tester', { _status: 'published' }),
      })
    const total = (await payload.count({ collection: 'guides' })).totalDocs

    const find = jest.spyOn(payload, 'find')
    const audited: AuditedGuide[] = []
    try {
      for await (const entry of auditGuides(payload, { batchSize: 3 })) audited.push(entry)
      // Every read is bounded: no read of all guides at once, however many there are.
      // (Payload's own reads of related documents, at depth 1, are by id through its data loader.)
      // Only the audit's own reads: the data loader's carry the request, and a failing match on one
      // of those had jest print the whole request graph until the process ran out of memory.
      const limits = find.mock.calls
        .map(([args]) => args)
        .filter((args) => args.collection === 'guides' && !args.req)
        .map((args) => args.limit)
      expect(limits.length).toBeGreaterThan(2)
      expect(limits.every((limit) => typeof limit === 'number' && limit <= 3)).toBe(true)
    } finally {
      find.mockRestore()
    }
    expect(audited).toHaveLength(total)
    expect(new Set(audited.map((entry) => entry.slug)).size).toBe(total)
    const ofDraft = audited.find((entry) => entry.slug === draftSlug)!
    expect(ofDraft.published).toBe(false)
    expect(ofDraft.review.reasons.map((r) => r.code)).toContain('past-year-in-title') // the draft's new title
    // Namesakes are found across batches: five guides target "batch tester".
    expect(ofDraft.analysis.checks.find((c) => c.id === 'duplicate-keyword')!.status).toBe('problem')
  })
})
