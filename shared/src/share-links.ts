/**
 * Share links for Zalo and Facebook as plain links: no script, no request to those hosts until a person clicks.
 * Facebook's sharer takes the page's address in `u`. For Zalo, the address below is the one widely used by public
 * code (the official "social plugin" needs Zalo's script, which the site never loads); Zalo's documentation of a
 * script-free share address could not be verified, so it lives here once, to be changed in one line.
 */
export const FACEBOOK_SHARE = 'https://www.facebook.com/sharer/sharer.php?u='
export const ZALO_SHARE = 'https://zalo.me/share?url='

export interface ShareLink {
  network: 'zalo' | 'facebook'
  label: string
  href: string
}

/** The share links of a page, given its absolute address (http or https only; anything else: none). */
export function shareLinks(pageUrl: string): ShareLink[] {
  if (!/^https?:\/\//.test(pageUrl)) return []
  const u = encodeURIComponent(pageUrl)
  return [
    { network: 'zalo', label: 'Chia sẻ qua Zalo', href: `${ZALO_SHARE}${u}` },
    { network: 'facebook', label: 'Chia sẻ lên Facebook', href: `${FACEBOOK_SHARE}${u}` },
  ]
}
