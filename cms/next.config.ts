import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ['@gd/shared'],
  images: { unoptimized: true },
  // `npm test` type-checks cms with its own tsc (scripts/test.ts, alongside the tests): checking again inside
  // `next build` cost 13 s of a 50 s build on the critical path before any test could start
  typescript: { ignoreBuildErrors: true },
  // no source maps for the server's bundle: tsx turns Node's source maps on, so the server parsed and kept the maps of
  // every chunk it loaded (mappings and the original sources: 55 MB of its heap, measured in a heap snapshot), and
  // the build wrote 54 MB of them. Stack traces from the admin's code point into the bundle instead.
  experimental: { turbopackSourceMaps: false, turbopackFileSystemCacheForBuild: process.env.CI !== 'true' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
