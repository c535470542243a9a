import { describe, expect, it } from '@jest/globals'
import { api, base, editorBrowserHeaders, get, SAMPLE_PATH } from './client'

/** The admin's guide edit view, as an editor opens it (server-rendered before React takes over). */
describe('the guide edit view', () => {
  it('shows the SEO analysis of the guide, with its search-result preview', async () => {
    const { json } = await api<{ docs: { id: number }[] }>('GET', `/guides?where[slug][equals]=${SAMPLE_PATH.split('/').pop()}&depth=0`)
    const response = await get(`${base()}/admin/collections/guides/${json.docs[0]!.id}`, { headers: await editorBrowserHeaders() })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('SEO analysis')
    expect(html).toContain('aria-label="Search result preview"')
    // The sample's real findings: its meta description promises a salary and a roadmap it does not have.
    expect(html).toMatch(/The meta description promises salary, roadmap/)
  })
})
