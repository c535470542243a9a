import { connection } from 'next/server'
import { env } from '@/lib/config/env'
import { getSitemapComparisons, getSitemapFileRows, getSitemapSummary, type SitemapSummary } from '@/lib/data/sitemap'
import {
  comparisonEntries,
  comparisonFileEntries,
  guideEntries,
  listPageEntries,
  personEntries,
  skillEntries,
  technologyEntries,
} from './crawling'
import {
  sitemapIndexXml,
  sitemapLayout,
  sitemapPagePath,
  sitemapSlices,
  type SitemapEntry,
  urlsetXml,
} from './sitemap-xml'

/**
 * The sitemaps, built per request from cached data (never from the build machine's database): the
 * summary and each file's rows are cached (lib/data/sitemap.ts) and expire with the content.
 */
const layoutOf = (summary: SitemapSummary) =>
  sitemapLayout(summary.counts, { files: summary.comparisonRanges.length, atMost: summary.comparisonsAtMost })

async function fileXml(siteUrl: string, summary: SitemapSummary, file: number): Promise<string> {
  const layout = layoutOf(summary)
  if (file >= layout.segmentFiles) {
    const range = summary.comparisonRanges[file - layout.segmentFiles]!
    return urlsetXml(comparisonFileEntries(siteUrl, await getSitemapComparisons(range), summary.listDates))
  }
  const rows = await getSitemapFileRows(siteUrl, file)
  const lists = sitemapSlices(summary.counts, file).some((slice) => slice.segment === 'lists')
  const entries: SitemapEntry[] = [
    ...(lists ? listPageEntries(siteUrl, summary.listDates) : []),
    ...guideEntries(siteUrl, rows.guides ?? []),
    ...technologyEntries(siteUrl, rows.technologies ?? []),
    ...skillEntries(siteUrl, rows.skills ?? []),
    ...personEntries(siteUrl, rows.people ?? []),
    ...(layout.inline ? comparisonEntries(siteUrl, await getSitemapComparisons()) : []),
  ]
  return urlsetXml(entries)
}

/**
 * Each file dated by its newest URL (its guides' newest, the newest of each other kind it lists). A
 * comparison file has no date: finding it would mean building the file.
 */
function fileLastmod(summary: SitemapSummary, file: number): string | undefined {
  return sitemapSlices(summary.counts, file)
    .map(({ segment }) =>
      segment === 'guides'
        ? summary.guideFiles.find((chunk) => chunk.file === file)?.lastmod
        : segment === 'lists'
          ? summary.listDates.guides
          : summary.lastmods[segment],
    )
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)
}

/** /sitemap.xml: the sitemap itself while the site fits in one file, otherwise the index of the numbered files. */
export async function rootSitemap(): Promise<Response> {
  await connection()
  const siteUrl = env().SITE_URL
  const summary = await getSitemapSummary()
  const { files } = layoutOf(summary)
  if (files === 1) return xmlResponse(await fileXml(siteUrl, summary, 0))
  return xmlResponse(
    sitemapIndexXml(
      Array.from({ length: files }, (_, file) => ({
        loc: `${siteUrl}${sitemapPagePath(file)}`,
        lastmod: fileLastmod(summary, file),
      })),
    ),
  )
}

/** /sitemap/<n>.xml, or null when there is no such file (or the site fits in /sitemap.xml alone). */
export async function numberedSitemap(file: number): Promise<Response | null> {
  await connection()
  const siteUrl = env().SITE_URL
  const summary = await getSitemapSummary()
  const { files } = layoutOf(summary)
  if (files === 1 || !Number.isInteger(file) || file < 0 || file >= files) return null
  return xmlResponse(await fileXml(siteUrl, summary, file))
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
