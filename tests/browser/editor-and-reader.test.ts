import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { base } from '../http/client'
import { describeInBrowser, haveChromium, launchChromium } from './chromium'
import { expectText, step as shotOnFailure, until } from './helpers'

/**
 * What an editor and a reader do, in Debian's Chromium (Playwright), against the built site of the
 * HTTP tests: the editor signs in, imports the sample document, fixes the meta description the SEO
 * panel flags, previews the draft, publishes; a reader opens the guide, follows the table of
 * contents, finds a guide with the search box and posts a comment, which appears once the editor
 * approves it. A failing step leaves a screenshot in test-results/.
 */
const SLUG = `browser-tested-back-end-developer-${Date.now().toString(36)}`
const FIXED_DESCRIPTION =
  'Become a Back-End Developer in 2026: the skills, programming languages, databases and cloud tools the role needs, and a career roadmap from junior to lead.'
const COMMENT = `Posted from a real browser ${Date.now().toString(36)}: the roadmap helped.`

let browser: Browser
let editor: BrowserContext
let reader: BrowserContext
const readerErrors: string[] = []
// Every page (admin included) has a script policy naming its inline scripts by hash (lib/http/csp.ts).
const editorPolicyViolations: string[] = []

beforeAll(async () => {
  if (!haveChromium) return
  browser = await launchChromium()
  editor = await browser.newContext({ baseURL: base(), viewport: { width: 1400, height: 1000 } })
  reader = await browser.newContext({ baseURL: base(), viewport: { width: 1200, height: 900 } })
  editor.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      editorPolicyViolations.push(message.text())
  })
  reader.on('weberror', (error) => readerErrors.push(String(error.error())))
  reader.on('console', (message) => {
    if (message.type() === 'error') readerErrors.push(message.text())
  })
})

afterAll(async () => {
  await browser?.close()
})

/** Runs a step, keeping a screenshot of every open page when it fails. */
const step = <T>(name: string, action: () => Promise<T>) => shotOnFailure([editor, reader], name, action)

const sampleDocument = () =>
  fs
    .readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8')
    .replace(/^URL Slug:\s*\n.*$/m, `URL Slug:\n${SLUG}`)

let editorPage: Page

describeInBrowser('an editor publishes a guide, a reader reads and comments on it', () => {
  it('editor: signs in, imports the sample, fixes the flagged meta description, previews and publishes', async () => {
    editorPage = await editor.newPage()
    const page = editorPage
    await step('sign in', async () => {
      await page.goto('/admin/login')
      await page.locator('input[name="email"]').fill(process.env.TEST_EDITOR_EMAIL!)
      await page.locator('input[name="password"]').fill(process.env.TEST_EDITOR_PASSWORD!)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
    })

    await step('import', async () => {
      await page.goto('/admin/import-guide')
      await page.getByLabel('Or paste it here').fill(sampleDocument())
      await page.getByRole('button', { name: 'Create draft' }).click()
      await page.getByRole('link', { name: 'Open it in the editor' }).click()
      await page.waitForURL(/\/admin\/collections\/guides\/\d+/)
    })

    await step('fix the flagged meta description', async () => {
      const check = page.locator('li[data-check="description-length"]')
      await expectText(check, /Improve: The meta description is 17\d characters/)
      // Payload's tabs are buttons; a click while the form is still settling can be lost, so open the tab until it shows.
      const openTab = async (name: string, shows: ReturnType<Page['locator']>) => {
        await until(async () => {
          await page.getByRole('button', { name, exact: true }).click()
          return shows.isVisible()
        }, `the ${name} tab opens`)
      }
      const description = page.locator('#field-meta__description')
      await openTab('SEO', description)
      await description.fill(FIXED_DESCRIPTION)
      // The analysis sits with the guide's fields and follows the form as it changes.
      await openTab('Guide', check)
      await expectText(check, new RegExp(`Good:.*The meta description is ${FIXED_DESCRIPTION.length} characters`))
      // Drafts autosave (every 2 s): the change is kept without a click.
      await until(
        async () => (await guideAsEditor(page, false))?.meta?.description === FIXED_DESCRIPTION,
        'the autosaved draft has the new description',
      )
    })

    await step('preview the draft', async () => {
      const [preview] = await Promise.all([editor.waitForEvent('page'), page.locator('#preview-button').click()])
      await preview.waitForLoadState()
      expect(new URL(preview.url()).pathname).toBe(`/guides/${SLUG}`)
      expect(await preview.locator('meta[name="description"]').getAttribute('content')).toBe(FIXED_DESCRIPTION)
      await preview.close()
      // Not published yet: a reader gets no page.
      const anonymous = await reader.request.get(`/guides/${SLUG}`, { maxRedirects: 0 })
      expect(anonymous.status()).toBe(404)
    })

    await step('publish', async () => {
      await page.getByRole('button', { name: 'Publish changes' }).click()
      await until(async () => (await guideAsEditor(page, true))?._status === 'published', 'the guide is published')
    })
  })

  it('reader: opens the guide, follows the table of contents, searches, and comments; the editor approves', async () => {
    const page = await reader.newPage()
    await step('open the published guide', async () => {
      const response = await page.goto(`/guides/${SLUG}`)
      expect(response?.status()).toBe(200)
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(FIXED_DESCRIPTION)
      expect(await page.locator('h1').count()).toBe(1)
    })

    await step('table of contents', async () => {
      const toc = page.getByRole('navigation', { name: 'On this page' })
      const link = toc.getByRole('link', { name: 'Why Choose a Career as a Back-End Developer?' })
      const target = (await link.getAttribute('href'))!
      await link.click()
      await page.waitForURL((url) => url.hash === target)
      const top = await page.locator(target).evaluate((heading) => heading.getBoundingClientRect().top)
      expect(top).toBeGreaterThanOrEqual(0)
      expect(top).toBeLessThan(300)
    })

    await step('search box', async () => {
      const search = page.getByRole('combobox')
      await search.click()
      await search.pressSequentially('back-end develop', { delay: 30 })
      const option = page.getByRole('listbox', { name: 'Suggested guides' }).getByRole('option').first()
      await option.waitFor()
      await search.press('ArrowDown')
      expect(await search.getAttribute('aria-activedescendant')).toBeTruthy()
      await search.press('Enter')
      await page.waitForURL(/\/guides\/[a-z0-9-]+$/)
    })

    await step('post a comment', async () => {
      await page.goto(`/guides/${SLUG}`)
      await page.getByLabel('Comment', { exact: true }).fill(COMMENT)
      await page.getByLabel('Name').fill('Browser Reader')
      await page.getByLabel('Email').fill('browser.reader@example.com')
      // The form refuses what is sent within 3 s of showing it (a bot's speed).
      await page.waitForTimeout(3500)
      await page.getByRole('button', { name: 'Post comment' }).click()
      await page.getByText(/awaiting moderation/).waitFor()
      expect(await page.getByText(COMMENT).count()).toBe(0)
    })

    await step('the editor approves it', async () => {
      const admin = editorPage
      await admin.goto('/admin/collections/comments')
      await admin.getByRole('link', { name: /Awaiting moderation/ }).click()
      await admin.getByRole('link', { name: 'Browser Reader' }).first().click()
      await admin.waitForURL(/\/admin\/collections\/comments\/\d+/)
      await admin.locator('#field-status').click()
      await admin.getByText('Approved', { exact: true }).last().click()
      await admin.getByRole('button', { name: 'Save' }).click()
      await admin
        .getByText(/updated successfully/i)
        .first()
        .waitFor()
    })

    await step('the reader sees the approved comment', async () => {
      await page.reload()
      await page.getByText(COMMENT).waitFor()
    })
    expect(readerErrors).toEqual([])
    expect(editorPolicyViolations).toEqual([])
  })
})

/** The guide being edited, as the signed-in editor's browser reads it from the REST API (its latest draft, or what is live). */
async function guideAsEditor(
  page: Page,
  live: boolean,
): Promise<{ _status?: string; meta?: { description?: string } } | undefined> {
  const id = /\/collections\/guides\/(\d+)/.exec(page.url())?.[1]
  // From inside the page, so the request is the browser's own (its session cookie and fetch metadata).
  return page.evaluate(
    async (url) => {
      const response = await fetch(url)
      return response.ok ? response.json() : undefined
    },
    `/api/guides/${id}?depth=0${live ? '' : '&draft=true'}`,
  )
}
