import fs from 'node:fs'

export const CLASSIC_EXPORT = 'tests/fixtures/wordpress/classic-editor-site.wordpress.xml'
/** A copy of the wp-content/uploads of the WordPress that wrote CLASSIC_EXPORT. */
export const CLASSIC_UPLOADS = 'tests/fixtures/wordpress/uploads'

/**
 * The export a real WordPress wrote, made this run's own: slugs, titles, author email, GUIDs and the
 * site's address carry `tag`, so runs and tests sharing one database never match each other's
 * guides (by slug or GUID) or images (by address). `siteUrl` replaces the WordPress address.
 */
export function exportForRun(tag: string, { file = CLASSIC_EXPORT, siteUrl = `http://wp-${tag}.invalid` } = {}) {
  return fs
    .readFileSync(file, 'utf8')
    .replaceAll('career-guide', `career-guide-${tag}`)
    .replaceAll('data-analyst-guide', `data-analyst-guide-${tag}`)
    .replaceAll('Career Guide', `Career Guide ${tag}`)
    .replaceAll('mira@example.com', `mira-${tag}@example.com`)
    .replace(/(<guid isPermaLink="false">)([^<]+)(<\/guid>)/g, `$1$2#${tag}$3`)
    .replaceAll('http://127.0.0.1:8081', siteUrl)
}
