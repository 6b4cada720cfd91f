/**
 * Announcements (thông báo) and their validity, by Hà Nội calendar day: valid from `validFrom` through `validUntil`
 * inclusive (no end when empty). The home page shows only those in force; the list shows all, in force first. The
 * site is static, so the CMS's hourly task rebuilds it when one came into force or expired since the last build
 * (cms/src/site-build/validity-rebuilds.ts).
 */
import { toLocalDate, type DateInput } from './working-days.ts'

export const ANNOUNCEMENTS_URL = '/thong-bao/'
export const announcementHref = (slug: string): string => `${ANNOUNCEMENTS_URL}${encodeURIComponent(slug)}/`

export type AnnouncementValidity = 'sap-hieu-luc' | 'con-hieu-luc' | 'het-hieu-luc'
export const VALIDITY_LABELS: Record<AnnouncementValidity, string> = {
  'sap-hieu-luc': 'Chưa đến thời gian hiệu lực',
  'con-hieu-luc': 'Đang có hiệu lực',
  'het-hieu-luc': 'Đã hết hiệu lực',
}

export interface Dated {
  validFrom: string
  validUntil?: string | null
}

export function validity(a: Dated, now: DateInput = new Date()): AnnouncementValidity {
  const today = toLocalDate(now)
  if (toLocalDate(a.validFrom) > today) return 'sap-hieu-luc'
  if (a.validUntil && toLocalDate(a.validUntil) < today) return 'het-hieu-luc'
  return 'con-hieu-luc'
}

/** In force first (newest start first), then upcoming (soonest first), then expired (latest end first). */
export function sortAnnouncements<T extends Dated>(list: readonly T[], now: DateInput = new Date()): T[] {
  const rank = { 'con-hieu-luc': 0, 'sap-hieu-luc': 1, 'het-hieu-luc': 2 } as const
  const day = (v: string | null | undefined) => (v ? toLocalDate(v) : '9999-12-31')
  return [...list].sort((a, b) => {
    const ra = rank[validity(a, now)]
    const rb = rank[validity(b, now)]
    if (ra !== rb) return ra - rb
    if (ra === 0) return day(b.validFrom).localeCompare(day(a.validFrom))
    if (ra === 1) return day(a.validFrom).localeCompare(day(b.validFrom))
    return day(b.validUntil).localeCompare(day(a.validUntil))
  })
}

/** What the home page shows: the announcements in force, newest first. */
export const inForce = <T extends Dated>(list: readonly T[], now: DateInput = new Date()): T[] =>
  sortAnnouncements(
    list.filter((a) => validity(a, now) === 'con-hieu-luc'),
    now,
  )

/** Whether some announcement came into force or expired between two instants (the last build and now). */
export const validityChangedBetween = (list: readonly Dated[], since: DateInput, now: DateInput = new Date()): boolean =>
  list.some((a) => validity(a, since) !== validity(a, now))
