/**
 * Every content type's first read, asked for at once when the build first loads the site's content: the CMS answers
 * one while the build works on another, where otherwise each waits its turn until Astro reaches a page that needs it
 * (16 requests one after another, about half a second of an incremental build at 5,000 articles). Each read is the
 * loader's own (memoised by ./client.ts's once): a page gets the same result, and a read that failed fails the page
 * that asks for it, as before. A preview build, which renders one item, asks for what it needs only.
 */
import { readSiteBuildEnv } from '@gd/shared/site-build-contract'
import { getArticles } from './articles.ts'
import { getConsultations } from './consultations.ts'
import { getCorrections } from './corrections.ts'
import { getDisclosures } from './disclosures.ts'
import { getDocuments } from './documents.ts'
import { getEvents } from './events.ts'
import { getExemplars } from './exemplars.ts'
import { getAlbums, getVideos } from './gallery.ts'
import { getAnnouncements } from './announcements.ts'
import { pagesToRender } from './pages-to-render.ts'
import { getProcedures } from './procedures.ts'
import { getPublicQa } from './qa.ts'
import { getSchools } from './schools.ts'
import { getOrganisation, getSiteSettings } from './settings.ts'
import { getThemes } from './themes.ts'
import { getWorkSchedules } from './work-schedules.ts'

const READS: (() => Promise<unknown>)[] = [
  // the incremental build's plan first: it reads the articles and exemplars, and the pages carried over wait for it
  () => pagesToRender('articles'),
  getArticles,
  getExemplars,
  getThemes,
  getSiteSettings,
  getOrganisation,
  getSchools,
  getDocuments,
  getConsultations,
  getAnnouncements,
  getProcedures,
  getEvents,
  getCorrections,
  getWorkSchedules,
  getDisclosures,
  getAlbums,
  getVideos,
  getPublicQa,
]

export function prefetchContent(): void {
  if (readSiteBuildEnv().preview) return
  // a failure is the page's to report (the same memoised promise), not an unhandled rejection here
  for (const read of READS) read().catch(() => undefined)
}
