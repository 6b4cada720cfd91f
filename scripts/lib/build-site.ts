import { buildAndPublish } from '../../cms/src/site-build/build.ts'

/** A full build of the public site from the CMS at cmsUrl, published atomically into SITE_DIST. Returns seconds. */
export async function buildSite(cmsUrl: string): Promise<number> {
  const result = await buildAndPublish(cmsUrl, 'full')
  return result.seconds
}
