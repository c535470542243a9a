import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'
import type { SeoAnalysis } from '@/lib/seo/analysis'
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
