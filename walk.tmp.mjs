import { chromium } from 'playwright-core'
import fs from 'node:fs'
const base = 'http://127.0.0.1:3998'
const out = '/tmp/walk'
fs.mkdirSync(out, { recursive: true })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const errors = []
async function page(width, scheme = 'light') {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme })
  const p = await ctx.newPage()
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${p.url()} ${m.type()}: ${m.text()}`) })
  p.on('pageerror', (e) => errors.push(`${p.url()} pageerror: ${e.message}`))
  return p
}
const mode = process.argv[2] ?? 'reader'
if (mode === 'reader') {
  for (const [w, scheme] of [[1280, 'light'], [390, 'dark']]) {
    const p = await page(w, scheme)
    for (const path of process.argv.slice(3)) {
      const r = await p.goto(base + path)
      console.log(path, w, r.status(), await p.title())
      const facts = await p.locator('.quick-facts').count()
      console.log('  quick facts boxes', facts, 'h1', await p.locator('h1').count())
      if (facts) console.log('  ', (await p.locator('.quick-facts').innerText()).replace(/\n+/g, ' | ').slice(0, 400))
      const table = p.locator('.salary-table')
      for (let i = 0; i < await table.count(); i++) console.log('  salary:', (await table.nth(i).innerText()).replace(/\n+/g, ' | ').slice(0, 400))
      await p.locator('.quick-facts').first().scrollIntoViewIfNeeded().catch(() => {})
      await p.screenshot({ path: `${out}/${path.replace(/\W+/g, '_')}-${w}-${scheme}.png`, fullPage: false })
      const sal = p.locator('.salary-chart, figure:has(svg)').first()
      if (await sal.count()) { await sal.scrollIntoViewIfNeeded(); await p.screenshot({ path: `${out}/${path.replace(/\W+/g, '_')}-${w}-${scheme}-salary.png` }) }
    }
  }
}
if (mode === 'editor') {
  const p = await page(1280)
  await p.goto(base + '/admin/login')
  await p.fill('#field-email', 'admin@example.com')
  await p.fill('#field-password', 'admin-password-123')
  await p.click('button[type=submit]')
  await p.waitForURL(/\/admin$/)
  if (process.argv[3] !== 'skip-create') {
  await p.goto(base + '/admin/collections/guides/create')
  await p.waitForSelector('text=Career facts')
  await p.click('text=Career facts')
  await p.waitForTimeout(800)
  await p.screenshot({ path: `${out}/admin-create-career-facts.png`, fullPage: true })
  }
  // Import the Markdown document through the admin's import page.
  await p.goto(base + '/admin/import-guide')
  await p.setInputFiles('input[type=file]', 'tests/fixtures/documents/data-engineer-career-guide.md')
  await p.waitForTimeout(500)
  await p.click('button:has-text("Preview")')
  await p.waitForSelector('section[aria-label=Preview]')
  await p.screenshot({ path: `${out}/admin-import-preview.png`, fullPage: true })
  await p.click('button:has-text("Create draft")')
  await p.click('text=Open it in the editor', { timeout: 30000 })
  await p.waitForURL(/collections\/guides\/\d+/, { timeout: 30000 })
  console.log('after create draft', p.url())
  await p.waitForTimeout(1500)
  await p.click('text=Career facts').catch((e) => console.log('no tab', e.message))
  await p.waitForTimeout(800)
  await p.screenshot({ path: `${out}/admin-imported-career-facts.png`, fullPage: true })
}
console.log('console errors/warnings:', errors.length)
for (const e of errors.slice(0, 20)) console.log(' ', e)
await browser.close()
