import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { documentFormatOf, documentText } from '@/lib/import/document-formats'
import { ImportError, parseGuideText } from '@/lib/import/parse-guide'
import { unzippedBytes } from '@/lib/import/zip-size'

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/documents/${name}`)
const sampleText = fs.readFileSync('content/samples/back-end-developer-career-guide.txt')
const guideOf = async (bytes: Buffer) => parseGuideText((await documentText(bytes)).text).guide

describe('documentFormatOf: by content, not by name', () => {
  it('tells Word, HTML, a WordPress export and text apart', () => {
    expect(documentFormatOf(fixture('data-analyst.pandoc.docx'))).toBe('docx')
    expect(documentFormatOf(fixture('cloud-engineer-seo-table.html'))).toBe('html')
    expect(documentFormatOf(fs.readFileSync('tests/fixtures/wordpress/classic-editor-site.wordpress.xml'))).toBe(
      'wordpress',
    )
    expect(documentFormatOf(sampleText)).toBe('text')
    expect(documentFormatOf(fixture('data-analyst.md'))).toBe('text')
  })

  it('refuses XML that is not a WordPress export, and a ZIP that is not a Word file, with a message', async () => {
    expect(() => documentFormatOf(Buffer.from('<?xml version="1.0"?><svg/>'))).toThrow(ImportError)
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not a word file')])
    expect(documentFormatOf(zip)).toBe('text')
    await expect(guideOf(zip)).rejects.toThrow(ImportError)
  })
})

describe('a Word file that unpacks to far more than it weighs', () => {
  it('is refused once unpacking passes the ceiling, without unpacking the rest', async () => {
    const bomb = fixture('unzips-to-200-mb.docx')
    expect(bomb.length).toBeLessThan(300_000)
    expect(unzippedBytes(bomb, 1_000_000)).toBe(1_000_001)
    await expect(documentText(bomb)).rejects.toThrow('This Word file unpacks to more than 50 MB')
  })

  it('counts what an ordinary Word file unpacks to, and nothing from bytes that are no ZIP', () => {
    const docx = fixture('data-analyst.pandoc.docx')
    expect(unzippedBytes(docx, 50_000_000)).toBeGreaterThan(docx.length)
    expect(unzippedBytes(docx, 50_000_000)).toBeLessThan(200_000)
    expect(unzippedBytes(Buffer.from('PK\u0003\u0004 not really a zip'), 1000)).toBeUndefined()
  })
})

describe('documentText on files Word processors wrote', () => {
  it('reads the sample saved as .docx by LibreOffice exactly as the sample text', async () => {
    const fromWord = await guideOf(fixture('back-end-developer.libreoffice.docx'))
    const fromText = parseGuideText(sampleText.toString('utf8')).guide
    expect(fromWord).toEqual(fromText)
  })

  it('reads headings from paragraph styles, lists, a salary table and links from a pandoc .docx', async () => {
    const { text, notes } = await documentText(fixture('data-analyst.pandoc.docx'))
    expect(text).toContain('# Data Analyst: Career Guide (2026)')
    expect(text).toContain('### Programming Languages')
    expect(text).toContain('India: ₹4,00,000 – ₹15,00,000')
    expect(text).toContain('[the BLS handbook](https://www.bls.gov/ooh/)')
    expect(notes).toEqual(['Table heading row "Country | Entry level | Senior" read as column names'])
    const guide = parseGuideText(text).guide
    expect(guide.meta.title).toBe('Data Analyst Career Guide 2026 | Skills, Salary & Roadmap')
    expect(guide.blocks.map((block) => block.blockType)).toEqual(
      expect.arrayContaining(['responsibilities', 'technologyGroup', 'skillList', 'salary', 'roadmap', 'faq']),
    )
  })

  it('reads SEO fields from a two-column table at the top, the same from Word and from HTML', async () => {
    const fromWord = await guideOf(fixture('cloud-engineer-seo-table.libreoffice.docx'))
    const fromHtml = await guideOf(fixture('cloud-engineer-seo-table.html'))
    expect(fromWord.meta).toEqual({
      title: 'Cloud Engineer Career Guide | Careerpath',
      description: 'What cloud engineers do and how to become one.',
      focusKeyword: 'cloud engineer',
      secondaryKeywords: [],
    })
    expect(fromHtml).toEqual(fromWord)
    expect(fromWord.title).toBe('Cloud Engineer: Career Guide')
  })

  it('reads a saved page by its main content, leaving navigation and scripts out', async () => {
    const page = Buffer.from(
      '<!doctype html><html><head><title>x</title><script>track()</script></head><body><nav><a href="/">Home</a> Menu</nav><main><h1>Nurse: Career Guide</h1><p>Nurses care.</p><h2>Soft Skills</h2><ul><li>Empathy</li></ul></main><footer>© Site</footer></body></html>',
    )
    const { text } = await documentText(page)
    expect(text.split('\n')).toEqual(['# Nurse: Career Guide', 'Nurses care.', '## Soft Skills', '- Empathy'])
  })
})
