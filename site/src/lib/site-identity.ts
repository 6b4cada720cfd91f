/**
 * The owner's official elements from site settings, for the header and footer: the bodies it links to and the footer
 * lines a state e-information site carries. Nothing about the owner is written here; only web addresses are linked.
 */
import { isWebAddress } from '@gd/shared/urls'
import type { SiteSettings } from './types.ts'

export interface ExternalLink {
  name: string
  url: string
}

const PLATFORMS: Record<string, string> = { facebook: 'Facebook', youtube: 'YouTube', zalo: 'Zalo', tiktok: 'TikTok' }
const platformName = (p?: string | null) => (p ? (PLATFORMS[p.toLowerCase()] ?? p) : 'Mạng xã hội')

/** Linked bodies (ministry, department, People's Committee, public-services portal…), then the social accounts. */
export function externalLinks(settings: SiteSettings): ExternalLink[] {
  const bodies = (settings.linkedBodies ?? []).map((b) => ({ name: b.name, url: b.url }))
  const social = (settings.social ?? []).map((s) => ({ name: platformName(s.platform), url: s.url }))
  return [...bodies, ...social].filter((l) => l.name && isWebAddress(l.url))
}

/** The footer's official lines, in the usual order: licence, person responsible, copyright, citing the source. */
export function officialLines(settings: SiteSettings, year = new Date().getFullYear()): string[] {
  const f = settings.footer ?? {}
  const copyright = f.copyright?.trim() || (settings.orgName ? `© ${year} ${settings.orgName}.` : '')
  return [f.licence, f.responsible, copyright, f.republish].map((line) => line?.trim() ?? '').filter(Boolean)
}
