/**
 * The site's content loaders, one file per content type in ./loaders/ (one CMS client, one cache of results and
 * one draft filter: loaders/client.ts). Pages import them from here; the first import asks for all of them at once
 * (loaders/prefetch.ts).
 */
import { prefetchContent } from './loaders/prefetch.ts'

export { getArticles, getPressReleases } from './loaders/articles.ts'
export { getExemplars } from './loaders/exemplars.ts'
export { pagesToRender, listPagesToRender } from './loaders/pages-to-render.ts'
export { getThemes } from './loaders/themes.ts'
export { getSchools } from './loaders/schools.ts'
export { getDocuments } from './loaders/documents.ts'
export { getConsultations } from './loaders/consultations.ts'
export { getAnnouncements } from './loaders/announcements.ts'
export { getProcedures } from './loaders/procedures.ts'
export { getEvents } from './loaders/events.ts'
export { getCorrections } from './loaders/corrections.ts'
export { getWorkSchedules } from './loaders/work-schedules.ts'
export { getDisclosures } from './loaders/disclosures.ts'
export { getAlbums, getVideos } from './loaders/gallery.ts'
export { getFeedbackDeadlineDays, getSiteSettings, getOrganisation } from './loaders/settings.ts'
export { getPublicQa } from './loaders/qa.ts'

prefetchContent()
