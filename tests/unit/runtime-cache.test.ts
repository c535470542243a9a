import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { contentSourceIdentity, forgetCacheOfOtherContent } from '@/lib/cache/runtime-cache'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

/** A build folder with a page in its runtime cache. */
function buildWithCachedPage(): { buildDir: string; page: string } {
  const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-cache-'))
  dirs.push(buildDir)
  const page = path.join(buildDir, 'server/route-cache/index.html')
  fs.mkdirSync(path.dirname(page), { recursive: true })
  fs.writeFileSync(page, '<h1>cached</h1>')
  return { buildDir, page }
}

describe('the runtime page cache across restarts', () => {
  const walk = contentSourceIdentity('postgres://app:secret@127.0.0.1:5432/walk', 'http://127.0.0.1:3000')

  it('is emptied when nothing says which content filled it, then kept for the same database and site', () => {
    const { buildDir, page } = buildWithCachedPage()
    expect(forgetCacheOfOtherContent(walk, buildDir)).toBe(true)
    expect(fs.existsSync(page)).toBe(false)
    fs.mkdirSync(path.dirname(page), { recursive: true })
    fs.writeFileSync(page, '<h1>cached</h1>')
    expect(forgetCacheOfOtherContent(walk, buildDir)).toBe(false)
    expect(fs.existsSync(page)).toBe(true)
  })

  it('is emptied when the server starts against another database or another SITE_URL', () => {
    const { buildDir, page } = buildWithCachedPage()
    forgetCacheOfOtherContent(walk, buildDir)
    fs.mkdirSync(path.dirname(page), { recursive: true })
    fs.writeFileSync(page, '<h1>cached</h1>')
    const otherDatabase = contentSourceIdentity('postgres://app:secret@127.0.0.1:5432/scale', 'http://127.0.0.1:3000')
    expect(forgetCacheOfOtherContent(otherDatabase, buildDir)).toBe(true)
    expect(fs.existsSync(page)).toBe(false)
    const otherSite = contentSourceIdentity('postgres://app:secret@127.0.0.1:5432/scale', 'https://careerpath.example')
    expect(otherSite).not.toBe(otherDatabase)
  })

  it('does not tell databases apart by their password, and keeps no password', () => {
    const a = contentSourceIdentity('postgres://app:one@db:5432/site', 'https://careerpath.example')
    const b = contentSourceIdentity('postgres://app:two@db:5432/site', 'https://careerpath.example')
    expect(a).toBe(b)
    expect(a).toMatch(/^[0-9a-f]{64}$/)
  })
})
