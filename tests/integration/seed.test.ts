import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'
import { seedSampleContent } from '@/lib/seed/sample'
import fs from 'node:fs'
import { unique, payloadForThisFile } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload
beforeAll(() => {
  payload = getPayload()
})

describe('the sample guide', () => {
  it('loads as a published guide with every section, technology and skill', async () => {
    // Other test files share this database; the seed only runs into an empty one, so write the sample directly under a unique slug.
    const { guide: parsed } = parseGuideText(
      fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'),
    )
    const slug = unique('sample')
    const summary = await writeGuide(payload, { ...parsed, slug }, { publish: true })
    expect(summary.created).toBe(true)

    const guide = await payload.findByID({
      collection: 'guides',
      id: summary.id,
      depth: 1,
      overrideAccess: false,
    })
    expect(guide._status).toBe('published')
    expect(guide.meta?.title).toBe('Back-End Developer Career Guide 2026 | Skills, Salary & Roadmap')
    expect(guide.meta?.secondaryKeywords).toHaveLength(9)
    expect(guide.content).toHaveLength(18)
    expect(guide.technologies).toHaveLength(39)
    expect(guide.skills).toHaveLength(8)
    // "Amazon Web Services (AWS)": a new technology with its abbreviation, or the "AWS" another test file made first.
    const aws = (
      await payload.find({
        collection: 'technologies',
        where: {
          or: [{ name: { equals: 'Amazon Web Services' } }, { name: { equals: 'AWS' } }],
        },
        depth: 0,
      })
    ).docs
    expect(aws).toHaveLength(1)
    expect(
      guide.technologies!.map((technology) => (typeof technology === 'object' ? technology.id : technology)),
    ).toContain(aws[0]!.id)
    if (aws[0]!.name === 'Amazon Web Services')
      expect(aws[0]).toMatchObject({
        abbreviation: 'AWS',
        category: 'cloud-platform',
        slug: 'amazon-web-services',
      })
    else expect(aws[0]!.category).toBe('cloud-platform')

    // Writing it again updates the same guide and reuses every technology and skill.
    const again = await writeGuide(payload, { ...parsed, slug }, { publish: true })
    expect(again).toMatchObject({
      id: summary.id,
      created: false,
      technologies: { created: 0, existing: 39 },
      skills: { created: 0, existing: 8 },
    })
    const postgres = await payload.count({
      collection: 'technologies',
      where: { name: { equals: 'PostgreSQL' } },
    })
    expect(postgres.totalDocs).toBe(1)
  })

  it('is not loaded again into a database that has guides', async () => {
    await payload.create({
      collection: 'guides',
      data: { title: 'Existing', role: 'Someone', slug: unique('existing') },
    })
    await expect(seedSampleContent(payload)).resolves.toEqual({
      created: false,
    })
  })

  it('leaves the database as it was when a write fails half way', async () => {
    const { guide: parsed } = parseGuideText(
      fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'),
    )
    const before = await payload.count({ collection: 'technologies' })
    const broken = {
      ...parsed,
      slug: unique('broken'),
      blocks: [
        {
          blockType: 'technologyGroup' as const,
          heading: 'New tech',
          headingLevel: '2' as const,
          category: 'other' as const,
          intro: [],
          outro: [],
          technologies: [{ name: unique('Brand New Tech') }],
        },
        // A salary-less, heading-less block fails validation after the technology above was created.
        {
          blockType: 'plainList' as const,
          heading: '',
          headingLevel: '2' as const,
          intro: [],
          outro: [],
          ordered: false,
          items: ['x'],
        },
      ],
    }
    await expect(writeGuide(payload, broken, { publish: true })).rejects.toThrow()
    expect((await payload.count({ collection: 'technologies' })).totalDocs).toBe(before.totalDocs)
    expect(
      (
        await payload.count({
          collection: 'guides',
          where: { slug: { equals: broken.slug } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
