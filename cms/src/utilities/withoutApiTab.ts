import type { CollectionConfig, GlobalConfig } from 'payload'

/**
 * No "API" tab on any document screen: the people who work in the admin (editors, schools) have no use for a JSON view
 * of the document; the REST API itself is unchanged and keeps its access rules.
 */
export function withoutApiTab<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, admin: { ...config.admin, hideAPIURL: true } }
}
