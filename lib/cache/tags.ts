/** Cache tags shared by the pages that read content and the hooks that change it. */
export const cacheTags = {
  guideList: 'guides',
  guide: (slug: string) => `guide:${slug}`,
  /** Guide pages show technology and skill names, so a change to either revalidates them. */
  taxonomy: 'taxonomy',
  technology: (slug: string) => `technology:${slug}`,
  skill: (slug: string) => `skill:${slug}`,
  /** Guide pages show their authors' and reviewer's names, so a change to any profile revalidates them. */
  people: 'people',
  person: (slug: string) => `person:${slug}`,
  /** A guide's approved comments (its page and its comment count), by guide id. */
  comments: (guideId: number | string) => `comments:${guideId}`,
  redirects: 'redirects',
  /** The sitemap dates every guide by its last change, so any published change expires it. */
  sitemap: 'sitemap',
} as const
