/**
 * Creates (or deletes) the guides of tests/support/comparison-guides.ts with Payload's Local API:
 *   node -C production scripts/run.mjs tests/setup/comparison-fixtures.ts create|delete
 * Creating twice leaves the same data: what exists is deleted first.
 */
import type { Payload } from 'payload'
import type { Guide } from '@/payload-types'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayloadAndExit } from '@/lib/db/close-payload'
import { DISSIMILAR_SLUG, SIMILAR_SLUG } from '../support/comparison-guides'
import { newData, type GuideBlockData } from '../support/data'

const OWN_TECHNOLOGIES = [
  { name: 'Apache Spark', slug: 'apache-spark', category: 'other' as const },
  { name: 'Apache Airflow', slug: 'apache-airflow', category: 'other' as const },
]
const OWN_SKILLS = [{ name: 'Plant care', slug: 'plant-care', kind: 'technical' as const }]

async function idsOf(payload: Payload, collection: 'technologies' | 'skills', slugs: string[]): Promise<number[]> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    depth: 0,
    pagination: false,
    select: {},
  })
  return docs.map((doc) => doc.id)
}

async function remove(payload: Payload) {
  await payload.delete({ collection: 'guides', where: { slug: { in: [SIMILAR_SLUG, DISSIMILAR_SLUG] } } })
  await payload.delete({ collection: 'technologies', where: { slug: { in: OWN_TECHNOLOGIES.map((t) => t.slug) } } })
  await payload.delete({ collection: 'skills', where: { slug: { in: OWN_SKILLS.map((s) => s.slug) } } })
}

const technologyGroup = (heading: string, technologies: number[]): GuideBlockData => ({
  blockType: 'technologyGroup',
  heading,
  headingLevel: '2',
  category: 'other',
  technologies,
})
const skillList = (skills: number[]): GuideBlockData => ({
  blockType: 'skillList',
  heading: 'Skills',
  headingLevel: '2',
  skills,
})

const dataEngineerFacts: Guide['quickFacts'] = {
  medianPay: { amount: 125000, currency: 'USD', period: 'year', year: 2025, source: 'US BLS', region: 'United States' },
  entryEducation: 'Bachelor’s degree',
  experience: '2–5 years',
  outlook: { growthPercent: 8, fromYear: 2024, toYear: 2034, source: 'US BLS projections' },
  jobs: { count: 150000, year: 2024, source: 'US BLS' },
}

async function create(payload: Payload) {
  const technologies = await Promise.all(
    OWN_TECHNOLOGIES.map((data) => payload.create({ collection: 'technologies', data })),
  )
  const [plantCare] = await Promise.all(OWN_SKILLS.map((data) => payload.create({ collection: 'skills', data })))
  const shared = await idsOf(payload, 'technologies', [
    'python',
    'java',
    'postgresql',
    'mysql',
    'mongodb',
    'cassandra',
    'redis',
    'amazon-web-services',
    'google-cloud-platform',
    'docker',
    'kubernetes',
    'git',
  ])
  const sharedSkills = await idsOf(payload, 'skills', [
    'analytical-thinking',
    'problem-solving',
    'communication',
    'attention-to-detail',
    'continuous-learning',
  ])
  const fewSkills = await idsOf(payload, 'skills', ['communication', 'time-management'])
  await payload.create({
    collection: 'guides',
    data: newData<'guides'>({
      title: 'Data Engineer: Complete Career Guide',
      role: 'Data Engineer',
      slug: SIMILAR_SLUG,
      excerpt: 'What data engineers build, the tools they use and how to become one.',
      _status: 'published',
      quickFacts: dataEngineerFacts,
      content: [
        technologyGroup('Data tools', [...shared, ...technologies.map((t) => t.id)]),
        skillList(sharedSkills),
        {
          blockType: 'salary',
          heading: 'Data engineer salaries',
          headingLevel: '2',
          rows: [
            {
              region: 'United States',
              currency: 'USD',
              min: 95000,
              max: 160000,
              period: 'year',
              level: 'mid',
              source: 'US BLS',
              year: 2025,
            },
            {
              region: 'India',
              currency: 'INR',
              min: 600000,
              max: 2000000,
              period: 'year',
              source: 'Naukri',
              year: 2025,
            },
          ],
        },
      ],
    }),
  })
  await payload.create({
    collection: 'guides',
    data: newData<'guides'>({
      title: 'Landscape Gardener: Complete Career Guide',
      role: 'Landscape Gardener',
      slug: DISSIMILAR_SLUG,
      excerpt: 'Designing and keeping gardens and parks.',
      _status: 'published',
      quickFacts: { entryEducation: 'No formal education', experience: 'None' },
      content: [skillList([...fewSkills, plantCare!.id])],
    }),
  })
}

const payload = await cliPayload()
await remove(payload)
if (process.argv[2] === 'create') await create(payload)
await closePayloadAndExit(payload)
