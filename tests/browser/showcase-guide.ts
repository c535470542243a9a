/**
 * A guide with one block of every kind and approved comments, for the screenshots
 * (screenshots.test.ts): the sample guide has no salary table, roadmap or FAQ. It names the sample's
 * technologies and skills, so it creates none of its own. Plain data and REST calls, no imports from
 * the app, so that a walkthrough script can load it against any server.
 */
export const SHOWCASE_SLUG = 'database-administrator-career-guide'

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any }> // eslint-disable-line @typescript-eslint/no-explicit-any

const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: texts.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})

async function idsOf(api: Api, collection: 'technologies' | 'skills', slugs: string[]): Promise<number[]> {
  const { json } = await api('GET', `/${collection}?where[slug][in]=${slugs.join(',')}&limit=50&depth=0`)
  const bySlug = new Map((json.docs as { id: number; slug: string }[]).map((doc) => [doc.slug, doc.id]))
  return slugs.map((slug) => bySlug.get(slug)).filter((id): id is number => id !== undefined)
}

/** Creates and publishes the showcase guide with two approved comments and a reply; returns its id. */
export async function createShowcaseGuide(api: Api, linkedGuideSlug: string): Promise<number> {
  const [databases, platforms, skills, linked] = await Promise.all([
    idsOf(api, 'technologies', [
      'postgresql',
      'mysql',
      'microsoft-sql-server',
      'oracle-database',
      'mongodb',
      'redis',
      'cassandra',
    ]),
    idsOf(api, 'technologies', ['amazon-web-services', 'microsoft-azure', 'docker', 'kubernetes', 'git', 'python']),
    idsOf(api, 'skills', ['problem-solving', 'attention-to-detail', 'communication', 'analytical-thinking']),
    api('GET', `/guides?where[slug][equals]=${linkedGuideSlug}&depth=0`),
  ])
  // The sample's author and reviewer (lib/seed/sample.ts), for the byline.
  const people = await api('GET', '/people?where[slug][in]=maya-fernandes,daniel-okafor&depth=0&limit=2')
  const person = (slug: string) => (people.json.docs as { id: number; slug: string }[]).find((p) => p.slug === slug)?.id
  const content = [
    {
      blockType: 'section',
      heading: 'What does a database administrator do?',
      headingLevel: '2',
      content: paragraphs(
        'A database administrator (DBA) keeps an organisation’s data available, fast and safe. They install and upgrade database servers, plan capacity, tune slow queries, and make sure that every database can be restored after a failure.',
        'Most DBAs work in a team with developers and infrastructure engineers. In smaller companies the role is often combined with back-end development or site reliability engineering.',
      ),
    },
    {
      blockType: 'responsibilities',
      heading: 'Responsibilities',
      headingLevel: '2',
      items: [
        { title: 'Backups and recovery', description: 'Schedule backups, test restores and document recovery steps.' },
        { title: 'Performance tuning', description: 'Find slow queries, add indexes and size memory and storage.' },
        { title: 'Security', description: 'Manage roles and permissions, encrypt data and apply patches.' },
        { title: 'Upgrades and migrations', description: 'Move databases to new versions or platforms safely.' },
      ],
    },
    {
      blockType: 'technologyGroup',
      heading: 'Databases to know',
      headingLevel: '2',
      category: 'relational-database',
      intro: 'Employers name these database systems most often in DBA job adverts.',
      technologies: databases,
    },
    {
      blockType: 'technologyGroup',
      heading: 'Cloud platforms and tools',
      headingLevel: '2',
      category: 'cloud-platform',
      technologies: platforms,
    },
    {
      blockType: 'skillList',
      heading: 'Skills employers look for',
      headingLevel: '2',
      skills,
    },
    {
      blockType: 'salary',
      heading: 'Database administrator salaries',
      headingLevel: '2',
      intro: 'Typical ranges for experienced DBAs; entry-level pay starts lower and senior roles pay more.',
      rows: [
        {
          region: 'United States',
          currency: 'USD',
          min: 82000,
          max: 138000,
          period: 'year',
          source: 'Job adverts',
          year: 2026,
        },
        { region: 'New York, USA', currency: 'USD', min: 95000, max: 162000, period: 'year', year: 2026 },
        {
          region: 'United Kingdom',
          currency: 'GBP',
          min: 38000,
          max: 72000,
          period: 'year',
          source: 'Job adverts',
          year: 2026,
        },
        { region: 'Germany', currency: 'EUR', min: 52000, max: 80000, period: 'year', year: 2026 },
        { region: 'India', currency: 'INR', min: 600000, max: 2200000, period: 'year', year: 2026 },
        // By level too, so that the table has its fourth column (the widest it gets on a phone).
        {
          region: 'United Kingdom',
          level: 'entry',
          currency: 'GBP',
          min: 30000,
          max: 40000,
          period: 'year',
          source: 'Job adverts',
          year: 2026,
        },
        {
          region: 'United Kingdom',
          level: 'senior',
          currency: 'GBP',
          min: 70000,
          max: 95000,
          period: 'year',
          source: 'Job adverts',
          year: 2026,
        },
      ],
      outro: 'Pay varies with the employer, the city and the databases you know.',
    },
    {
      blockType: 'roadmap',
      heading: 'How to become a database administrator',
      headingLevel: '2',
      steps: [
        {
          title: 'Learn SQL well',
          description: 'Write joins, aggregates and window functions without looking them up.',
        },
        {
          title: 'Run a database yourself',
          description: 'Install PostgreSQL or MySQL, load data, back it up and restore it.',
        },
        { title: 'Study one system in depth', description: 'Learn how its storage, indexes and query planner work.' },
        { title: 'Get a first role', description: 'Junior DBA, data support or back-end roles all lead here.' },
        { title: 'Certify and specialise', description: 'Cloud database certificates help for managed services.' },
      ],
    },
    {
      blockType: 'plainList',
      heading: 'Certifications',
      headingLevel: '3',
      ordered: false,
      items: [
        { text: 'Oracle Database Administration Certified Professional' },
        { text: 'Microsoft Certified: Azure Database Administrator Associate' },
        { text: 'AWS Certified Database – Specialty' },
      ],
    },
    {
      blockType: 'careerPaths',
      heading: 'Where the role leads',
      headingLevel: '2',
      items: [
        { title: 'Back-End Developer', guide: linked.json.docs[0]?.id ?? null },
        { title: 'Data Engineer', guide: null },
        { title: 'Database Architect', guide: null },
      ],
    },
    {
      blockType: 'faq',
      heading: 'Frequently asked questions',
      headingLevel: '2',
      items: [
        {
          question: 'Do I need a degree to become a DBA?',
          answer: 'Many employers ask for one in computing, but experience running databases counts for as much.',
        },
        {
          question: 'Is database administration still a career with cloud databases?',
          answer:
            'Yes. Managed services take over routine work, and DBAs spend more time on design, performance and cost.',
        },
        {
          question: 'Which database should I learn first?',
          answer: 'PostgreSQL or MySQL: both are free, widely used and teach skills that carry over to others.',
        },
      ],
    },
  ]
  const created = await api('POST', '/guides', {
    title: 'Database Administrator: Career Guide (2026)',
    role: 'Database Administrator',
    slug: SHOWCASE_SLUG,
    excerpt:
      'What database administrators do, the databases and skills employers ask for, what the job pays and how to get into it.',
    _status: 'published',
    content,
    authors: [person('maya-fernandes')].filter(Boolean),
    reviewer: person('daniel-okafor'),
    lastReviewedAt: '2026-11-20T00:00:00.000Z',
    // Figures for the design only, and said to be.
    quickFacts: {
      medianPay: {
        amount: 101000,
        currency: 'USD',
        period: 'year',
        year: 2026,
        source: 'Illustrative figure',
        region: 'United States',
      },
      entryEducation: 'Bachelor’s degree in computing, or equivalent experience',
      experience: '2–5 years in development or operations',
      outlook: { growthPercent: 9, fromYear: 2024, toYear: 2034, source: 'Illustrative projection' },
    },
  })
  if (created.status !== 201)
    throw new Error(`creating the showcase guide: ${created.status} ${JSON.stringify(created.json)}`)
  const id = created.json.doc.id as number
  const comment = async (body: string, authorName: string, parent?: number) =>
    (
      await api('POST', '/comments', {
        guide: id,
        authorName,
        email: 'reader@example.com',
        body,
        status: 'approved',
        ...(parent ? { parent } : {}),
      })
    ).json.doc.id as number
  const first = await comment(
    'Useful overview. In my team the DBA also owns the on-call rota for the databases, worth mentioning.',
    'Priya N.',
  )
  await comment('Thanks, we will add a line on on-call work in the next update.', 'Careerpath editors', first)
  await comment('The PostgreSQL documentation on backups is the best place to start the second step.', 'Tomás')
  return id
}

/** Shorter guides beside it, so that the home page and lists look as they do on a site with a few guides. */
const COMPANIONS = [
  {
    title: 'Data Engineer: Career Guide (2026)',
    role: 'Data Engineer',
    excerpt:
      'Data engineers build the pipelines that move and clean data, so that analysts and applications can trust it.',
    technologies: ['python', 'postgresql', 'amazon-web-services', 'docker'],
  },
  {
    title: 'Cloud Engineer: Career Guide (2026)',
    role: 'Cloud Engineer',
    excerpt: 'Cloud engineers design and run the infrastructure companies build on, and keep its cost under control.',
    technologies: ['amazon-web-services', 'microsoft-azure', 'kubernetes', 'docker'],
  },
  {
    title: 'DevOps Engineer: Career Guide (2026)',
    role: 'DevOps Engineer',
    excerpt:
      'DevOps engineers shorten the path from a developer’s laptop to production with automated builds and deployments.',
    technologies: ['git', 'jenkins', 'docker', 'kubernetes'],
  },
]

/** Publishes the companion guides (each a paragraph and its technologies); returns their ids. */
export async function createCompanionGuides(api: Api): Promise<number[]> {
  const ids: number[] = []
  for (const guide of COMPANIONS) {
    const created = await api('POST', '/guides', {
      title: guide.title,
      role: guide.role,
      slug: `${guide.role.toLowerCase().replace(/\W+/g, '-')}-showcase`,
      excerpt: guide.excerpt,
      _status: 'published',
      content: [
        {
          blockType: 'section',
          heading: `What does a ${guide.role.toLowerCase()} do?`,
          headingLevel: '2',
          content: paragraphs(guide.excerpt),
        },
        {
          blockType: 'technologyGroup',
          heading: 'Technologies',
          headingLevel: '2',
          category: 'other',
          technologies: await idsOf(api, 'technologies', guide.technologies),
        },
      ],
    })
    if (created.status !== 201)
      throw new Error(`creating ${guide.title}: ${created.status} ${JSON.stringify(created.json)}`)
    ids.push(created.json.doc.id as number)
  }
  return ids
}

/** Deletes the showcase guides again (their comments go with them: collections/Guides/hooks/deleteComments.ts). */
export async function deleteGuides(api: Api, ids: number[]): Promise<void> {
  for (const id of ids) await api('DELETE', `/guides/${id}`)
}
