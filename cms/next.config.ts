import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ['@gd/shared'],
  images: { unoptimized: true },
  // `npm test` type-checks cms with its own tsc (scripts/test.ts, alongside the tests): checking again inside
  // `next build` cost 13 s of a 50 s build on the critical path before any test could start
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
