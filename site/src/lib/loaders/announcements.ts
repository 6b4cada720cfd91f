import { sortAnnouncements } from '@gd/shared/announcements'
import type { AnnouncementDoc } from '../types.ts'
import { fetchAll, once, withSlug } from './client.ts'

/** Published announcements: in force first, then upcoming, then expired (@gd/shared/announcements). */
export const getAnnouncements = (): Promise<AnnouncementDoc[]> =>
  once('announcements', async () => sortAnnouncements(withSlug(await fetchAll<AnnouncementDoc>('announcements'))))
