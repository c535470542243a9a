import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseGuideText } from '@/lib/import/parse-guide'

import { sitemapSchemaErrors } from '../sitemap-schema'
import { schemaTypeErrors } from '../unit/schema-typing'
import { base, editorHeaders, page, SAMPLE_PATH, siteUrl } from './client'

const decode = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/**
 * The newest published guide, as an anonymous reader's REST read has it: the one the home page leads with
 * and the guide list starts with, whichever other test files published guides before this one.
 */
async function newestGuide(): Promise<{ id: number; title: string; slug: string }> {
  const found = (await (await fetch(`${base()}/api/guides?sort=-publishedAt&limit=1&depth=0`)).json()) as {
    docs: { id: number; title: string; slug: string }[]
  }
  return found.docs[0]!
}

const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')

function headings(html: string): string[] {
  return [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/gs)].map((m) => `h${m[1]} ${textOf(m[2]!).trim()}`)
}

describe('the sample guide page', () => {
  it('has the SEO title, meta description and canonical URL in its head', async () => {
    const { status, html } = await page(SAMPLE_PATH)
    expect(status).toBe(200)
    const head = decode(html.slice(0, html.indexOf('</head>')))
    expect(head).toContain('<title>Back-End Developer Career Guide 2026 | Skills, Salary & Roadmap</title>')
    expect(head).toMatch(
      /<meta name="description" content="Learn how to become a Back-End Developer in 2026\. [^"]*future opportunities\."\/>/,
    )
    expect(head).toContain(`<link rel="canonical" href="${siteUrl()}${SAMPLE_PATH}"/>`)
    expect(head).toContain('<meta property="og:type" content="article"/>')
    expect(head).toContain(`<meta property="og:url" content="${siteUrl()}${SAMPLE_PATH}"/>`)
    expect(head).toContain(
      '<meta name="twitter:title" content="Back-End Developer Career Guide 2026 | Skills, Salary & Roadmap"/>',
    )
    expect(html).toMatch(/<html lang="en"/)
  })

  it('has one h1 and a heading for every section, in order', async () => {
    const { html } = await page(SAMPLE_PATH)
    const found = headings(html)
    expect(found.filter((h) => h.startsWith('h1 '))).toEqual(['h1 Back-End Developer: Complete Career Guide (2026)'])
    expect(found).toEqual(
      expect.arrayContaining([
        'h2 What is a Back-End Developer?',
        'h2 Roles and Responsibilities of a Back-End Developer',
        'h3 Programming Languages',
        'h4 Relational Databases',
        'h4 NoSQL Databases',
        'h2 Career Opportunities',
        'h2 Why Become a Back-End Developer?',
      ]),
    )
    // Levels never skip downwards (h2 -> h4).
    const levels = found.map((h) => Number(h[1]))
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1))
  })

  it('shows every line of the source document except the comment form', async () => {
    const { html } = await page(SAMPLE_PATH)
    const body = textOf(html.slice(html.indexOf('<main')))
    const source = fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8').split('\n')
    const articleLines = source
      .slice(6)
      .map((line) => line.replace(/^- /, '').trim())
      .filter(Boolean)
    const missing = articleLines.filter((line) => line !== 'Leave a Reply' && !body.includes(line))
    expect(missing).toEqual([])
    expect(body).not.toContain('Leave a Reply')
  })

  it('links technologies and skills to their pages, which link back', async () => {
    const { html } = await page(SAMPLE_PATH)
    expect(html).toContain('href="/technologies/postgresql"')
    expect(html).toContain('href="/skills/problem-solving"')
    const technology = await page('/technologies/postgresql')
    expect(technology.status).toBe(200)
    expect(headings(technology.html)).toContain('h1 PostgreSQL')
    expect(technology.html).toContain(`href="${SAMPLE_PATH}"`)
    const skill = await page('/skills/problem-solving')
    expect(skill.status).toBe(200)
    expect(skill.html).toContain(`href="${SAMPLE_PATH}"`)
  })

  it('is served from the cache on later requests', async () => {
    await page(SAMPLE_PATH)
    const { headers } = await page(SAMPLE_PATH)
    expect(headers.get('x-nextjs-cache')).toBe('HIT')
  })
})

describe('other pages', () => {
  it('leads the home page with the newest published guide', async () => {
    const { status, html } = await page('/')
    expect(status).toBe(200)
    expect(headings(html)).toContain('h1 Career guides')
    const featured = html.slice(
      html.indexOf('id="featured-heading"'),
      html.indexOf('</section>', html.indexOf('id="featured-heading"')),
    )
    expect(featured).toContain(`href="/guides/${(await newestGuide()).slug}"`)
  })

  it('marks the page the reader is on in the main navigation, and only that one', async () => {
    const navigation = (html: string) => html.slice(html.indexOf('<nav aria-label="Main"'), html.indexOf('</nav>'))
    const guides = navigation((await page('/guides')).html)
    expect(guides).toMatch(/<a [^>]*aria-current="page"[^>]*>Guides<\/a>/)
    expect(guides.match(/aria-current/g)).toHaveLength(1)
    expect(navigation((await page('/about')).html)).toMatch(/<a [^>]*aria-current="page"[^>]*>About<\/a>/)
    expect(navigation((await page(SAMPLE_PATH)).html)).not.toContain('aria-current')
  })

  it.each([
    ['/about', 'About Careerpath'],
    ['/editorial-policy', 'Editorial policy'],
    ['/contact', 'Contact us'],
  ])('serves %s, linked from every page’s footer', async (path, title) => {
    const { status, html } = await page(path)
    expect(status).toBe(200)
    expect(headings(html).filter((h) => h.startsWith('h1 '))).toEqual([`h1 ${title}`])
    const footer = (await page('/')).html.split('<footer')[1]!
    expect(footer).toContain(`href="${path}"`)
  })

  // Unknown addresses take the same path: the catch-all page looks for a redirect first. The
  // page's markup without JavaScript is checked in not-found.test.ts.
  it.each(['/guides/no-such-guide', '/technologies/no-such-technology', '/skills/no-such-skill', '/no/such/page'])(
    'answers %s with a 404 and the not-found page',
    async (path) => {
      const { status, html } = await page(path)
      expect(status).toBe(404)
      expect(html).toContain('<title>Page not found · Careerpath</title>')
      expect(html).toMatch(/<meta name="robots" content="noindex"\/>/)
      expect(html).toContain('Page not found')
      expect(html).toContain('Browse all career guides')
    },
  )

  it('answers a draft guide with a 404', async () => {
    const { status } = await page('/guides/' + process.env.TEST_DRAFT_SLUG)
    expect(status).toBe(404)
  })

  it('serves the admin and the REST API', async () => {
    expect((await page('/admin/login')).status).toBe(200)
    const api = await fetch(`${base()}/api/guides?where[slug][equals]=back-end-developer-career-guide&depth=0`)
    const body = (await api.json()) as { docs: { title: string }[] }
    expect(body.docs.map((doc) => doc.title)).toEqual([
      parseGuideText(fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8')).guide.title,
    ])
  })
})

describe('publishing', () => {
  it('shows a published change on the next request, on the guide page and the home page', async () => {
    // The newest guide: the home page shows the newest few, not every guide.
    const { id, title, slug } = await newestGuide()
    const path = `/guides/${slug}`
    await page(path)
    expect((await page(path)).headers.get('x-nextjs-cache')).toBe('HIT')

    const auth = await editorHeaders()
    const newTitle = 'Publishing Tester: The Updated Career Guide'
    const update = await fetch(`${base()}/api/guides/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
    })
    expect(update.status).toBe(200)
    try {
      expect(headings((await page(path)).html)).toContain(`h1 ${newTitle}`)
      expect((await page('/')).html).toContain(newTitle)
    } finally {
      await fetch(`${base()}/api/guides/${id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ title, _status: 'published' }),
      })
    }
  })

  it('refuses changes from anonymous visitors', async () => {
    const found = (await (
      await fetch(`${base()}/api/guides?where[slug][equals]=back-end-developer-career-guide&depth=0`)
    ).json()) as { docs: { id: number }[] }
    const response = await fetch(`${base()}/api/guides/${found.docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Defaced' }),
    })
    expect(response.status).toBe(403)
    expect(headings((await page(SAMPLE_PATH)).html)).not.toContain('h1 Defaced')
  })
})

describe('crawlers', () => {
  it('get a robots.txt that keeps them out of the admin and API and points to the sitemap', async () => {
    const { status, html: text } = await page('/robots.txt')
    expect(status).toBe(200)
    expect(text).toContain('Disallow: /admin')
    expect(text).toContain('Disallow: /api')
    expect(text).toContain(`Sitemap: ${siteUrl()}/sitemap.xml`)
  })

  it('get a sitemap of published pages only, as sitemaps.org XML with absolute URLs', async () => {
    const { status, headers, html: xml } = await page('/sitemap.xml')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/xml/)
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/,
    )
    const urls = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({
      loc: m[1]!,
      lastmod: m[2],
    }))
    const locs = urls.map((u) => u.loc)
    expect(locs).toContain(`${siteUrl()}${SAMPLE_PATH}`)
    expect(locs).toContain(`${siteUrl()}/technologies/postgresql`)
    expect(locs).toContain(`${siteUrl()}/skills/problem-solving`)
    expect(locs.some((loc) => loc.includes(process.env.TEST_DRAFT_SLUG!))).toBe(false)
    expect(urls.every((u) => u.loc.startsWith(`${siteUrl()}/`))).toBe(true)
    expect(urls.find((u) => u.loc.endsWith(SAMPLE_PATH))!.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(urls.filter((u) => !u.lastmod).map((u) => u.loc)).toEqual([]) // the list pages included
    expect(await sitemapSchemaErrors(xml)).toEqual([])
    // One sitemap is enough for this site, so there are no numbered ones.
    expect((await page('/sitemap/0.xml')).status).toBe(404)
  })
})

describe('a noindex guide', () => {
  it('says noindex on its page and stays out of the sitemap', async () => {
    const auth = await editorHeaders()
    const created = await fetch(`${base()}/api/guides`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Hidden Role: A Guide Kept Out of Search',
        role: 'Hidden Role',
        slug: 'hidden-role-guide',
        _status: 'published',
        meta: { noindex: true },
        content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
      }),
    })
    expect(created.status).toBe(201)
    const guidePage = await page('/guides/hidden-role-guide')
    expect(guidePage.status).toBe(200)
    expect(guidePage.html).toMatch(/<meta name="robots" content="noindex, follow"\/>/)
    expect((await page('/sitemap.xml')).html).not.toContain('hidden-role-guide')
    // An indexable page carries no robots restriction.
    expect((await page(SAMPLE_PATH)).html).not.toMatch(/<meta name="robots"/)
  })
})

describe('the list of all guides', () => {
  it('lists published guides with its own title and canonical, and is linked from every page', async () => {
    const { status, html } = await page('/guides')
    expect(status).toBe(200)
    expect(headings(html)).toContain('h1 All career guides')
    // Newest first, a page at a time: other test files may have published more than a page before this one.
    expect(html).toContain(`href="/guides/${(await newestGuide()).slug}"`)
    expect(html).not.toContain(process.env.TEST_DRAFT_SLUG!)
    expect(decode(html)).toContain('<title>All career guides</title>')
    expect(html).toContain(`<link rel="canonical" href="${siteUrl()}/guides"/>`)
    expect((await page(SAMPLE_PATH)).html).toContain('<a class="site-nav__link" href="/guides">Guides</a>')
  })

  it('filters by technology, skill and category with a form that works without JavaScript', async () => {
    for (const query of [
      'technology=postgresql',
      'skill=problem-solving',
      'category=relational-database',
      'technology=postgresql&skill=&category=',
    ]) {
      const { status, html } = await page(`/guides?${query}`)
      expect(status).toBe(200)
      expect(html).toContain(`href="${SAMPLE_PATH}"`)
    }
    const none = await page('/guides?technology=no-such-technology')
    expect(none.status).toBe(200)
    expect(none.html).toContain('No guides match these filters.')
    expect(none.html).not.toContain(`href="${SAMPLE_PATH}"`)
    expect(none.html).toMatch(/<meta name="robots" content="noindex, follow"\/>/)
    const { html } = await page('/guides')
    expect(html).toContain('<form class="filters" aria-label="Filter guides" action="/guides" method="get">')
    expect(html).toContain('<option value="postgresql">PostgreSQL</option>')
  })

  it.each(['?page=0', '?page=abc', '?page=99', '?page=1e3', '?category=not-a-category', '?technology=%3Cscript%3E'])(
    'answers 404 for a page that does not exist (%s)',
    async (query) => {
      expect((await page(`/guides${query}`)).status).toBe(404)
    },
  )
})

describe('social cards', () => {
  const headOf = async (path: string) => decode((await page(path)).html.split('</head>')[0]!)
  const metaIn = (head: string) => (property: string) =>
    new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"/>`).exec(head)?.[1]
  async function expectCard(image: string) {
    const response = await fetch(base() + new URL(image).pathname + new URL(image).search)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]) // IHDR width, height
  }

  it('give a guide without an image of its own a generated 1200×630 PNG card', async () => {
    const meta = metaIn(await headOf(SAMPLE_PATH))
    const image = meta('og:image')!
    expect(image).toMatch(new RegExp(`^${siteUrl()}${SAMPLE_PATH}/opengraph-image`))
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type')]).toEqual([
      '1200',
      '630',
      'image/png',
    ])
    expect(meta('og:image:alt')).toBeTruthy()
    expect(meta('twitter:card')).toBe('summary_large_image')
    expect(meta('twitter:image')).toBe(image)
    await expectCard(image)
  })

  it.each([
    ['/', 'website'],
    ['/guides', 'website'],
    ['/technologies', 'website'],
    ['/technologies/postgresql', 'website'],
    ['/skills/problem-solving', 'website'],
    ['/about', 'website'],
    ['/editorial-policy', 'website'],
    ['/contact', 'website'],
    [SAMPLE_PATH, 'article'],
  ])(
    'are on %s: Open Graph with its canonical as og:url, site name, locale and its own generated card',
    async (path, type) => {
      const head = await headOf(path)
      const meta = metaIn(head)
      const canonical = /<link rel="canonical" href="([^"]+)"\/>/.exec(head)![1]!
      expect(canonical).toBe(`${siteUrl()}${path === '/' ? '' : path}`)
      expect(meta('og:url')).toBe(canonical)
      expect(meta('og:type')).toBe(type)
      expect(meta('og:site_name')).toBe('Careerpath')
      expect(meta('og:locale')).toBe('en_US')
      expect(meta('og:title')).toBe(/<title>([^<]+)<\/title>/.exec(head)![1])
      expect(meta('og:description')).toBe(meta('description'))
      expect(meta('twitter:card')).toBe('summary_large_image')
      const image = meta('og:image')!
      expect(image).toMatch(new RegExp(`^${siteUrl()}${path === '/' ? '' : path}/opengraph-image`)) // the page's own card, not another page's
      expect(meta('twitter:image')).toBe(image)
      expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type')]).toEqual([
        '1200',
        '630',
        'image/png',
      ])
      await expectCard(image)
    },
  )

  it('are not given to pages with no card of their own', async () => {
    expect(await headOf('/search')).not.toContain('og:image')
  })
})

describe('structured data', () => {
  it('describes the sample guide as it appears on the page', async () => {
    const { html } = await page(SAMPLE_PATH)
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    expect(scripts).toHaveLength(1)
    const graph = JSON.parse(scripts[0]![1]!)['@graph'] as Record<string, unknown>[]
    expect(schemaTypeErrors(JSON.parse(scripts[0]![1]!))).toEqual([]) // what the built page emits, typed with schema-dts
    const h1 = headings(html)
      .find((h) => h.startsWith('h1 '))!
      .slice(3)
    const article = graph.find((n) => n['@type'] === 'Article') as {
      image: string
      publisher: { logo: { url: string } }
    }
    expect(article).toMatchObject({
      headline: h1,
      url: `${siteUrl()}${SAMPLE_PATH}`,
      image: expect.stringMatching(new RegExp(`^${siteUrl()}${SAMPLE_PATH}/opengraph-image`)),
    })
    const ogImage = /<meta property="og:image" content="([^"]+)"\/>/.exec(html)![1]!
    expect(decode(ogImage).split('?')[0]).toBe(article.image) // the card shared links show (less Next's cache-busting query)
    for (const url of [article.image, article.publisher.logo.url]) {
      const response = await fetch(base() + new URL(url).pathname)
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/png'])
    }
    // The seeded sample has the BLS median pay and percentiles for the United States (content/sample-career-data.json).
    expect(graph.find((n) => n['@type'] === 'Occupation')).toMatchObject({
      estimatedSalary: expect.arrayContaining([expect.objectContaining({ median: 133080, currency: 'USD' })]),
      occupationLocation: [{ '@type': 'Country', name: 'United States' }],
      educationRequirements: 'Bachelor’s degree',
    })
    expect(graph.some((n) => n['@type'] === 'FAQPage')).toBe(false) // the sample has no FAQ
    // The breadcrumb in the graph is the one readers see, link for link.
    const trail = /<nav aria-label="Breadcrumb"[^>]*>(.*?)<\/nav>/s.exec(html)![1]!
    const visible = [...trail.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => ({
      name: textOf(m[1]!).trim(),
      href: /href="([^"]+)"/.exec(m[1]!)?.[1],
    }))
    const crumbs = (
      graph.find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; item: string }[] }
    ).itemListElement
    expect(crumbs.map((c) => c.name)).toEqual(visible.map((v) => v.name))
    expect(crumbs.slice(0, -1).map((c) => c.item)).toEqual(visible.slice(0, -1).map((v) => `${siteUrl()}${v.href}`))
    expect(visible.map((v) => v.name)).toEqual(['Home', 'Guides', h1])
  })
})

describe('the feed', () => {
  it('lists published guides as RSS and is linked from every page', async () => {
    const { status, headers, html: xml } = await page('/feed.xml')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(xml).toContain(`<link>${siteUrl()}${SAMPLE_PATH}</link>`)
    expect(xml).not.toContain(process.env.TEST_DRAFT_SLUG!)
    const link = /<link rel="alternate" type="application\/rss\+xml" href="([^"]+)" title="Careerpath career guides"\/>/
    for (const path of ['/', SAMPLE_PATH])
      expect(new URL(link.exec((await page(path)).html)![1]!, siteUrl()).toString()).toBe(`${siteUrl()}/feed.xml`)
  })
})
