/**
 * The demo owner's records clock. The seed tenant, Phòng Giáo dục và Đào tạo huyện Kim Thành, ended on 01/07/2025
 * (district-level bodies were abolished), so what it published — news, exemplars, documents, albums and the video,
 * press releases, corrections, procedures, schools' disclosures — is dated within its last school year, 2024–2025:
 * counted back from its last working day, never from today, keeping each item's order and spacing.
 *
 * The parts that only make sense live keep the seed's "now": feedback and its handling (and the Q&A answered from
 * it), drafts open for comment, events, announcements in force, the work schedule, the monitoring log of press and
 * social networks, schools' opinion reports and their deadlines, urgent reports. The site notice says so once
 * (`data/settings.ts`).
 */

/** The owner's last working day with records: Friday 27/06/2025, before it ended on 01/07/2025. */
export const LAST_RECORD_DAY = '2025-06-27'

/** "Now" for the owner's records: its last working day at 9:30 in Việt Nam, or `now` when that is earlier. */
export function recordsNow(now: Date): Date {
  return new Date(Math.min(now.getTime(), Date.parse(`${LAST_RECORD_DAY}T09:30:00+07:00`)))
}

/** A record's timestamps, all at the moment it was published: no "updated" date after the owner's life. */
export const recordedAt = (at: string) => ({ publishedAt: at, createdAt: at, updatedAt: at })
