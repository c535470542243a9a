import fs from 'node:fs'
import { validateXML } from 'xmllint-wasm'

/** Validates sitemap XML with xmllint against the sitemaps.org schemas (tests/fixtures/sitemaps). */
export async function sitemapSchemaErrors(xml: string): Promise<string[]> {
  const schema = xml.includes('<sitemapindex') ? 'siteindex.xsd' : 'sitemap.xsd'
  const result = await validateXML({
    xml: { fileName: 'sitemap.xml', contents: xml },
    schema: { fileName: schema, contents: fs.readFileSync(`tests/fixtures/sitemaps/${schema}`, 'utf8') },
    // 50,000 URLs is about 7 MB of XML.
    initialMemoryPages: 4096,
    maxMemoryPages: 16384,
  })
  return result.errors.map((error) => error.rawMessage)
}
