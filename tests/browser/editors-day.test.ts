import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { base } from '../http/client'
import { describeInBrowser, haveChromium, launchChromium } from './chromium'
import { expectText, fetchJson, signInToAdmin, step, until, watchForErrors } from './helpers'

/**
 * An editor's day in the admin, in Debian's Chromium against the production build: a guide made by
 * hand from Create New with every kind of block, saved, autosaved, previewed and published; an
 * imported guide with empty sections edited; a media file and a redirect made, changed and removed; comments moderated
 * from the list; an author's view of what they may not do; then a reader's: every kind of public
 * page at phone and desktop widths, light and dark, and a guide by keyboard alone.
 *
 * Any console error (React's hydration errors among them), uncaught exception or answer of 500 or
 * more, in any page of the day, fails the test.
 */
const RUN = Date.now().toString(36)
const PASSWORD = () => process.env.TEST_EDITOR_PASSWORD!

let browser: Browser
let editor: BrowserContext
let author: BrowserContext
let reader: BrowserContext
const errors: string[] = []
const contexts = () => [editor, author, reader]
const inStep = <T>(name: string, action: () => Promise<T>) => step(contexts(), name, action)

beforeAll(async () => {
  if (!haveChromium) return
  browser = await launchChromium()
  editor = await browser.newContext({
    baseURL: base(),
    viewport: { width: 1400, height: 1000 },
  })
  author = await browser.newContext({
    baseURL: base(),
    viewport: { width: 1400, height: 1000 },
  })
  reader = await browser.newContext({ baseURL: base() })
  for (const context of [editor, author, reader]) watchForErrors(context, errors)
})

afterAll(async () => {
  await browser?.close()
})

/** The blocks an editor adds by hand, by the name the block picker shows, with what goes in each. */
const BLOCKS = [
  { label: 'Text section', heading: 'What does an SRE do?' },
  { label: 'Responsibilities', heading: 'Key responsibilities' },
  { label: 'Technology group', heading: 'Observability tools' },
  { label: 'Skill list', heading: 'Soft skills' },
  { label: 'List', heading: 'Why choose this career' },
  { label: 'Career paths', heading: 'Where it leads' },
  { label: 'Salary table', heading: 'Salary' },
  { label: 'Roadmap', heading: 'Roadmap' },
  { label: 'FAQ', heading: 'Questions' },
] as const

type GuideDoc = {
  id: number
  title?: string
  slug?: string
  excerpt?: string
  _status?: string
  content?: { blockType: string; heading?: string }[]
}

const guideId = (page: Page) => Number(/\/collections\/guides\/(\d+)/.exec(page.url())?.[1])
const draftOf = (page: Page) => fetchJson<GuideDoc>(page, `/api/guides/${guideId(page)}?depth=0&draft=true`)
const liveOf = (page: Page) => fetchJson<GuideDoc>(page, `/api/guides/${guideId(page)}?depth=0`)

async function rowActions(page: Page, row: number, action: string) {
  await page.locator(`#content-row-${row} .array-actions__button`).first().click()
  await page.locator('.popup__content').getByRole('button', { name: action, exact: true }).click()
}

/**
 * Adds a block by its name in the picker and opens its row (guides' rows start collapsed). A row added
 * while an autosave is in flight can be dropped when the autosave's answer replaces the form: an editor
 * who sees no new row adds it again, and so does this.
 */
async function addBlock(page: Page, label: string, row: number) {
  const pick = async () => {
    await page.getByRole('button', { name: 'Add Content' }).last().click()
    await page.locator('.drawer--is-open').getByText(label, { exact: true }).click()
    await page.locator('.drawer--is-open').waitFor({ state: 'detached' })
  }
  await pick()
  let missingSince = Date.now()
  const heading = page.locator(`#field-content__${row}__heading`)
  // Click the toggle only while it says the row is collapsed: a click during a slow render would close it again.
  const collapsed = page.locator(`#content-row-${row} .collapsible__toggle--collapsed`).first()
  await until(
    async () => {
      if (await heading.isVisible()) return true
      if ((await page.locator(`#content-row-${row}`).count()) === 0) {
        if (Date.now() - missingSince > 5_000) {
          await pick()
          missingSince = Date.now()
        }
        return false
      }
      missingSince = Date.now()
      if (await collapsed.isVisible()) await collapsed.click()
      await page.waitForTimeout(300)
      return heading.isVisible()
    },
    `block ${row + 1} opens`,
    45_000,
  )
}

let editorPage: Page

describeInBrowser("an editor's day, then a reader's", () => {
  it('editor: makes a guide from Create New with every block, saves, autosaves, previews and publishes it', async () => {
    editorPage = await editor.newPage()
    const page = editorPage
    await inStep('sign in and see what needs doing', async () => {
      await signInToAdmin(page, process.env.TEST_EDITOR_EMAIL!, PASSWORD())
      await page.goto('/admin')
      await page.getByRole('heading', { name: 'What needs doing' }).waitFor()
      await page.getByRole('link', { name: 'Import a guide' }).first().waitFor()
    })

    await inStep('Create New', async () => {
      await page.goto('/admin/collections/guides')
      await page.getByRole('link', { name: 'Create New' }).first().click()
      await page.waitForURL(/\/admin\/collections\/guides\/\d+$/)
      await page.locator('#field-title').fill(`Site Reliability Engineer: Career Guide ${RUN}`)
      await page.locator('#field-role').fill(`Site Reliability Engineer ${RUN}`)
      await until(
        async () => (await draftOf(page))?.title === `Site Reliability Engineer: Career Guide ${RUN}`,
        'the title is autosaved',
      )
    })

    await inStep('add, fill, move and remove each kind of block', async () => {
      for (const [i, block] of BLOCKS.entries()) {
        await addBlock(page, block.label, i)
        await page.locator(`#field-content__${i}__heading`).fill(block.heading)
        // The row is labelled by its kind and heading, not "Untitled".
        await expectText(
          page.locator(`#content-row-${i} .guide-block-label`),
          new RegExp(`${block.label}.*${block.heading.replace('?', '\\?')}`),
        )
      }
      await page
        .locator('#field-content__1__items')
        .getByRole('button', { name: /Add Responsibility/ })
        .click()
      await page.locator('#field-content__1__items__0__title').fill('Keep services reliable')
      await page.locator('#field-content__4__items').getByRole('button', { name: /Add/ }).first().click()
      await page.locator('#field-content__4__items__0__text').fill('On-call work is shared')
      // The Questions block up one place, above the roadmap; then the roadmap removed.
      await rowActions(page, 8, 'Move Up')
      await expectText(page.locator('#content-row-7 .guide-block-label'), /FAQ/)
      await rowActions(page, 8, 'Remove')
      await until(
        async () => (await page.locator('[id^=content-row-]').count()) === BLOCKS.length - 1,
        'the roadmap row is gone',
      )
    })

    await inStep('save the draft; autosave keeps later edits', async () => {
      await page
        .getByRole('button', { name: 'Save Draft' })
        .click()
        .catch(() => page.keyboard.press('Control+s'))
      await until(
        async () => (await draftOf(page))?.content?.length === BLOCKS.length - 1,
        'the draft holds the eight blocks',
      )
      const draft = (await draftOf(page))!
      expect(draft.content!.map((block) => block.blockType)).toEqual([
        'section',
        'responsibilities',
        'technologyGroup',
        'skillList',
        'plainList',
        'careerPaths',
        'salary',
        'faq',
      ])
      await page
        .locator('#field-excerpt')
        .fill('What site reliability engineers do, what they earn and how to become one.')
      await until(
        async () => (await draftOf(page))?.excerpt?.startsWith('What site reliability') === true,
        'the excerpt is autosaved',
      )
    })

    await inStep('preview and live preview the draft', async () => {
      const slug = (await draftOf(page))!.slug!
      const [preview] = await Promise.all([editor.waitForEvent('page'), page.locator('#preview-button').click()])
      await preview.waitForLoadState()
      expect(new URL(preview.url()).pathname).toBe(`/guides/${slug}`)
      await preview.getByRole('heading', { level: 1 }).waitFor()
      await preview.close()
      await page.getByRole('button', { name: 'Live Preview' }).click()
      const frame = page.frameLocator('iframe.live-preview-iframe, .live-preview-window iframe').first()
      await frame.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'Live Preview' }).click()
    })

    await inStep('publish', async () => {
      await page.getByRole('button', { name: 'Publish changes' }).click()
      await until(async () => (await liveOf(page))?._status === 'published', 'the guide is published')
      const slug = (await liveOf(page))!.slug!
      expect((await reader.request.get(`/guides/${slug}`)).status()).toBe(200)
    })

    await inStep('unpublish', async () => {
      const slug = (await liveOf(page))!.slug!
      await page.reload()
      await page.locator('#field-title').waitFor()
      await openDocumentMenu(page)
      await page.locator('#action-unpublish').click()
      await page.locator('#confirm-action').click()
      await until(async () => (await liveOf(page))?._status === 'draft', 'the guide is a draft again')
      await until(
        async () => (await reader.request.get(`/guides/${slug}`)).status() === 404,
        'readers no longer see it',
      )
    })

    await inStep('schedule publishing', async () => {
      await page.locator('.btn--withPopup .popup-button').last().click()
      await page.locator('#schedule-publish').click()
      const drawer = page.locator('.drawer--is-open')
      await drawer.getByText('Publish', { exact: true }).click()
      const when = new Date(Date.now() + 2 * 86_400_000).toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
      })
      await drawer.locator('.date-time-picker input').first().fill(`${when} 10:00 AM`)
      await page.keyboard.press('Enter')
      await drawer.locator('#scheduled-publish-save').click()
      // The upcoming events are read back from the server's job queue.
      await expectText(drawer, /Upcoming Events[\s\S]*Publish[\s\S]*10:00 AM/)
      await page.keyboard.press('Escape')
    })

    await inStep('restore an older version', async () => {
      const published = (await liveOf(page))!.title!
      await page.goto(`/admin/collections/guides/${guideId(page)}`)
      await page.locator('#field-title').fill(`${published} (rewritten)`)
      await until(async () => (await draftOf(page))?.title === `${published} (rewritten)`, 'the new title is autosaved')
      const { docs } = (await fetchJson<{ docs: { id: number; version: GuideDoc }[] }>(
        page,
        `/api/guides/versions?where[parent][equals]=${guideId(page)}&sort=-createdAt&limit=100&depth=0`,
      ))!
      // The newest version still titled as before the rewrite (autosave keeps rewriting one version, so there are few).
      const older = docs.find((entry) => entry.version.title === published)
      expect({ olderTitle: older?.version.title, titles: docs.map((entry) => entry.version.title) }).toEqual({
        olderTitle: published,
        titles: expect.arrayContaining([published]),
      })
      await page.goto(`/admin/collections/guides/${guideId(page)}/versions/${older!.id}`)
      await page.getByRole('button', { name: 'Restore this version' }).click()
      await page.locator('#confirm-action').click()
      await until(async () => (await draftOf(page))?.title === published, 'the guide has its published title back')
    })

    await inStep('delete the guide', async () => {
      const id = guideId(page)
      await page.goto(`/admin/collections/guides/${id}`)
      await page.locator('#field-title').waitFor()
      await deleteDocument(page, /\/admin\/collections\/guides(\?|$)/)
      // Through Playwright's request API, which shares the editor's cookies: a fetch in the page would log the expected 404.
      expect((await page.request.get(`/api/guides/${id}?depth=0&draft=true`)).status()).toBe(404)
    })
  }, 600_000)

  it('editor: imports a document with empty sections and edits it, and keeps media, redirects and comments', async () => {
    const page = editorPage
    await inStep('import a document whose container heading has only sub-sections', async () => {
      const document = [
        'SEO Title: Platform Engineer Career Guide',
        'Meta Description: What platform engineers do, the tools they use and how to become one, from the first job to staff level.',
        'URL Slug:',
        `platform-engineer-${RUN}`,
        'Focus Keyword: Platform Engineer',
        `Platform Engineer ${RUN}: Career Guide`,
        'What is a Platform Engineer?',
        'A platform engineer builds the internal tools other engineers ship with.',
        'Essential Technical Skills',
        'Programming Languages',
        '- Go',
        '- Python',
        'Container and DevOps Tools',
        '- Docker',
        '- Kubernetes',
      ].join('\n')
      await page.goto('/admin/import-guide')
      await page.getByLabel(/paste it here/i).fill(document)
      await page.getByRole('button', { name: 'Create draft' }).click()
      await page.getByRole('link', { name: 'Open it in the editor' }).click()
      await page.waitForURL(/\/admin\/collections\/guides\/\d+$/)
      await page.getByRole('button', { name: 'Show All' }).click()
      await page.locator('[data-lexical-editor="true"]').first().waitFor()
      await page.locator('#field-title').fill(`Platform Engineer ${RUN}: Complete Career Guide`)
      await until(
        async () => (await draftOf(page))?.title === `Platform Engineer ${RUN}: Complete Career Guide`,
        'the edit is autosaved',
      )
    })

    await inStep('a media file: upload, describe, delete', async () => {
      const file = path.join(os.tmpdir(), `chart-${RUN}.png`)
      await sharp({
        create: { width: 640, height: 360, channels: 3, background: '#2563eb' },
      })
        .png()
        .toFile(file)
      await page.goto('/admin/collections/media/create')
      await page.locator('input[type="file"]').setInputFiles(file)
      await page.locator('#field-alt').fill('A blue placeholder chart')
      await page.getByRole('button', { name: 'Save' }).click()
      await page.waitForURL(/\/admin\/collections\/media\/\d+$/)
      await page.locator('#field-alt').fill('A blue chart of salaries')
      await page.getByRole('button', { name: 'Save' }).click()
      await page
        .getByText(/updated successfully/i)
        .first()
        .waitFor()
      await deleteDocument(page, /\/admin\/collections\/media(\?|$)/)
      fs.rmSync(file, { force: true })
    })

    for (const taxonomy of [
      { collection: 'technologies', name: `Observability Kit ${RUN}` },
      { collection: 'skills', name: `Incident review ${RUN}` },
    ]) {
      await inStep(
        `a ${taxonomy.collection === 'skills' ? 'skill' : 'technology'}: create, describe, delete`,
        async () => {
          await page.goto(`/admin/collections/${taxonomy.collection}/create`)
          await page.locator('#field-name').fill(taxonomy.name)
          await page.getByRole('button', { name: 'Save' }).click()
          await page.waitForURL(new RegExp(`/admin/collections/${taxonomy.collection}/\\d+$`))
          await page.locator('#field-description').fill(`What ${taxonomy.name} is, in an editor's words.`)
          await page.getByRole('button', { name: 'Save' }).click()
          await page
            .getByText(/updated successfully/i)
            .first()
            .waitFor()
          const id = Number(page.url().split('/').pop())
          const { slug } = (await fetchJson<{ slug: string }>(page, `/api/${taxonomy.collection}/${id}?depth=0`))!
          // Its page shows the description at once (no guide uses it yet: noindex, but readable).
          await until(
            async () =>
              (await (await reader.request.get(`/${taxonomy.collection}/${slug}`)).text()).includes(
                `What ${taxonomy.name} is`,
              ),
            'its page shows the description',
          )
          await deleteDocument(page, new RegExp(`/admin/collections/${taxonomy.collection}(\\?|$)`))
          await until(
            async () => (await reader.request.get(`/${taxonomy.collection}/${slug}`)).status() === 404,
            'its page is gone',
          )
        },
      )
    }

    await inStep('merge a duplicate technology into the one to keep', async () => {
      const duplicate = (await page.evaluate(async (name) => {
        const response = await fetch('/api/technologies', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, category: 'relational-database' }),
        })
        return ((await response.json()) as { doc: { id: number; slug: string } }).doc
      }, `Postgres ${RUN}`))!
      const keep = (await fetchJson<{ docs: { id: number }[] }>(
        page,
        '/api/technologies?where[slug][equals]=postgresql&depth=0',
      ))!.docs[0]!
      await page.goto(`/admin/collections/technologies/${duplicate.id}`)
      await page.getByLabel('Merge into another technology').fill('PostgreSQL')
      await page.getByRole('button', { name: 'Merge', exact: true }).click()
      await page.getByRole('button', { name: 'Merge into PostgreSQL' }).click()
      await page.waitForURL(new RegExp(`/admin/collections/technologies/${keep.id}$`))
      const old = await reader.request.get(`/technologies/${duplicate.slug}`, { maxRedirects: 0 })
      expect([301, 308]).toContain(old.status())
      expect(old.headers().location).toMatch(/\/technologies\/postgresql$/)
    })

    await inStep('a redirect: create, follow, delete', async () => {
      await page.goto('/admin/collections/redirects/create')
      await page.locator('#field-from').fill(`/old-guides/sre-${RUN}`)
      await page.getByText('Custom URL', { exact: true }).click()
      await page.locator('#field-to__url').fill('/guides/back-end-developer-career-guide')
      await page.getByRole('button', { name: 'Save' }).click()
      await page.waitForURL(/\/admin\/collections\/redirects\/\d+$/)
      // Permanent: 308 is the admin's default, 301 the other choice.
      await until(
        async () =>
          [301, 308].includes(
            (
              await reader.request.get(`/old-guides/sre-${RUN}`, {
                maxRedirects: 0,
              })
            ).status(),
          ),
        'the old URL redirects',
      )
      await deleteDocument(page, /\/admin\/collections\/redirects(\?|$)/)
    })

    await inStep('comments: approve, mark as spam and reply from the list', async () => {
      const guide = (await fetchJson<{ docs: { id: number }[] }>(
        page,
        '/api/guides?where[slug][equals]=back-end-developer-career-guide&depth=0',
      ))!.docs[0]!
      const names = [`Approve me ${RUN}`, `Spam me ${RUN}`]
      for (const authorName of names) {
        await page.evaluate(
          async (body) => {
            await fetch('/api/comments', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            })
          },
          {
            guide: guide.id,
            authorName,
            email: 'reader@example.com',
            body: `A comment from ${authorName}`,
            status: 'pending',
          },
        )
      }
      await page.goto('/admin/collections/comments?where[status][equals]=pending')
      const rowOf = (name: string) => page.locator('tr').filter({ hasText: name })
      await rowOf(names[0]!).getByRole('button', { name: 'Approve' }).click()
      await until(
        async () =>
          (await rowOf(names[0]!).count()) === 0 || /approved/i.test((await rowOf(names[0]!).textContent()) ?? ''),
        'the comment is approved',
      )
      await rowOf(names[1]!).getByRole('button', { name: 'Spam' }).click()
      const statusOf = async (authorName: string) =>
        (
          await fetchJson<{ docs: { status: string }[] }>(
            page,
            `/api/comments?where[authorName][equals]=${encodeURIComponent(authorName)}&depth=0`,
          )
        )?.docs[0]?.status
      // Leaving the page before its request has been answered would cancel it.
      await until(async () => (await statusOf(names[1]!)) === 'spam', 'the comment is marked as spam')
      await page.goto('/admin/collections/comments')
      await rowOf(names[0]!).getByRole('button', { name: 'Reply' }).click()
      await page.getByLabel('Your reply (published at once)').fill(`Thanks for reading ${RUN}`)
      await page.getByRole('button', { name: 'Send reply' }).click()
      await until(async () => {
        const replies = await fetchJson<{ totalDocs: number }>(
          page,
          `/api/comments?where[body][equals]=${encodeURIComponent(`Thanks for reading ${RUN}`)}&where[status][equals]=approved`,
        )
        return replies?.totalDocs === 1
      }, 'the reply is published')
      expect(await statusOf(names[0]!)).toBe('approved')
      expect(await statusOf(names[1]!)).toBe('spam')
    })
  }, 600_000)

  it('author: sees what they may not do, never an error page', async () => {
    const page = await author.newPage()
    await inStep('sign in as an author', async () => {
      await signInToAdmin(page, `author-${process.env.TEST_EDITOR_EMAIL}`, PASSWORD())
    })
    await inStep("open an editor's guide and the lists", async () => {
      const sample = (await fetchJson<{ docs: { id: number }[] }>(
        page,
        '/api/guides?where[slug][equals]=back-end-developer-career-guide&depth=0',
      ))!.docs[0]!
      for (const url of [
        '/admin',
        '/admin/collections/guides',
        `/admin/collections/guides/${sample.id}`,
        `/admin/collections/guides/${sample.id}/versions`,
        '/admin/collections/comments',
        '/admin/collections/users',
      ]) {
        const response = await page.goto(url)
        expect(response?.status()).toBeLessThan(500)
      }
      await page.goto(`/admin/collections/guides/${sample.id}`)
      // Read-only for an author: no publish button on someone else's guide.
      await page.locator('#field-title').waitFor()
      expect(await page.getByRole('button', { name: 'Publish changes' }).count()).toBe(0)
    })
  })

  it('reader: every kind of page at 390 and 1280 px, light and dark, and a guide by keyboard', async () => {
    const page = await reader.newPage()
    const technology = (await (await reader.request.get('/api/technologies?limit=1&depth=0')).json()) as {
      docs: { slug: string }[]
    }
    const skill = (await (await reader.request.get('/api/skills?limit=1&depth=0')).json()) as {
      docs: { slug: string }[]
    }
    const pages = [
      '/',
      '/guides',
      '/guides/back-end-developer-career-guide',
      '/technologies',
      `/technologies/${technology.docs[0]!.slug}`,
      `/skills/${skill.docs[0]!.slug}`,
      '/search?q=database',
      '/no-such-page',
    ]
    await inStep('every kind of page, phone and desktop, light and dark', async () => {
      for (const width of [390, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.setViewportSize({ width, height: 900 })
          await page.emulateMedia({ colorScheme })
          for (const url of pages) {
            const response = await page.goto(url)
            expect(response?.status()).toBe(url === '/no-such-page' ? 404 : 200)
            if (url !== '/no-such-page') expect(await page.locator('h1').count()).toBe(1)
            // Nothing wider than the screen (a phone would scroll sideways).
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            )
            expect({ url, width, overflow }).toEqual({
              url,
              width,
              overflow: 0,
            })
          }
        }
      }
    })

    await inStep('the search page opens no suggestions over its results', async () => {
      await page.goto('/search?q=database')
      await page.waitForTimeout(800)
      expect(await page.getByRole('listbox').filter({ visible: true }).count()).toBe(0)
    })

    await inStep('a guide by keyboard alone', async () => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto('/guides/back-end-developer-career-guide')
      await page.keyboard.press('Tab')
      const first = await page.evaluate(() => document.activeElement?.textContent?.trim())
      expect(first).toMatch(/skip/i)
      await page.keyboard.press('Enter')
      // From the main content, Tab reaches the table of contents; Enter follows a link in it.
      let onContents = false
      for (let i = 0; i < 40 && !onContents; i++) {
        await page.keyboard.press('Tab')
        onContents = await page.evaluate(() => Boolean(document.activeElement?.closest('nav.toc a')))
      }
      expect(onContents).toBe(true)
      const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)
      await page.keyboard.press('Enter')
      await page.waitForURL((url) => url.hash === target)
    })
  }, 300_000)

  it('saw no console error, uncaught exception or server error all day', () => {
    expect(errors).toEqual([])
  })
})

/** The document's "…" menu: Create New, Duplicate, Delete, Unpublish. */
async function openDocumentMenu(page: Page) {
  await page.locator('.doc-controls__dots').click()
}

async function deleteDocument(page: Page, listUrl: RegExp) {
  await openDocumentMenu(page)
  await page.locator('#action-delete').click()
  await page.locator('#confirm-action').click()
  await page.waitForURL(listUrl)
}
