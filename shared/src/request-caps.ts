/**
 * What one REST request of an anonymous visitor or a school account may ask the CMS for (enforced by
 * cms/src/access/requestCaps.ts): at most this many documents a page, populated at most this deep. The public site
 * reads the CMS as such a visitor, so it pages by this size (site/src/lib/loaders/client.ts).
 */
export const MAX_LIMIT = 100
export const MAX_DEPTH = 2
