import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ['@gd/shared'],
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
