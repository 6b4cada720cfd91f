/**
 * The public routes the CMS server answers itself, in one place: the forms' pages, the paths they post to, their
 * confirmation pages, and the HTML-comment markers by which the server fills in a built page (the form region it
 * re-renders with errors, the reference code on a confirmation). The server's routes, the shared form renderers, the
 * site's pages and nginx (`npm run nginx:locations` writes its proxy rule from SERVER_PATHS) all read this module.
 */

/** The feedback form (a static page), where it posts, and its confirmation (GET, with ?ma=<code>). */
export const FEEDBACK_URL = '/gop-y/'
export const FEEDBACK_POST_PATH = '/gop-y/gui/'
export const FEEDBACK_DONE_PATH = '/gop-y/da-gui/'

/** Drafts for comment: each draft's page (static) holds a comment form posting to `commentPostPath(slug)`. */
export const CONSULTATIONS_URL = '/du-thao/'
/** The comment form's POST path in express's route syntax (the slug as a parameter). */
export const COMMENT_POST_ROUTE = '/du-thao/:slug/gop-y/'
export const commentPostPath = (slug: string): string => COMMENT_POST_ROUTE.replace(':slug', encodeURIComponent(slug))
export const consultationPageFile = (slug: string): string => builtFile(`${CONSULTATIONS_URL}${slug}/`)
export const COMMENT_DONE_PATH = '/du-thao/da-gui/'

/** The status lookup (a static page), where it posts, and where an answer's rating posts (both shown on it). */
export const LOOKUP_URL = '/tra-cuu/'
export const LOOKUP_POST_PATH = '/tra-cuu/ket-qua/'
export const RATING_POST_PATH = '/tra-cuu/danh-gia/'

/** Every path the server answers that nginx must hand to it (the site's own pages are files nginx serves). */
export const SERVER_PATHS: readonly string[] = [
  FEEDBACK_POST_PATH,
  FEEDBACK_DONE_PATH,
  COMMENT_POST_ROUTE,
  COMMENT_DONE_PATH,
  LOOKUP_POST_PATH,
  RATING_POST_PATH,
]

/** The probes nginx or an orchestrator asks: alive (the database answers) and ready (database + a live site). */
export const HEALTH_PATH = '/healthz'
export const READY_PATH = '/readyz'
export const PROBE_PATHS: readonly string[] = [HEALTH_PATH, READY_PATH]

/** The probes as one exact nginx regular expression: `^/(healthz|readyz)$`. */
export const probePathsPattern = (paths: readonly string[] = PROBE_PATHS): string =>
  `^/(${paths.map((p) => p.replace(/^\//, '')).join('|')})$`

/**
 * The path prefixes nginx hands to the CMS as they are: Payload's admin and REST API, Next's assets, uploaded images
 * and the draft preview (deploy/nginx.conf's own locations; tests/integration/nginx-production.test.ts checks them).
 */
export const CMS_PREFIXES: readonly string[] = ['/admin/', '/api/', '/_next/', '/media/', '/xem-truoc/']

/** A slug in a path, as nginx matches it (the server checks it more strictly). */
const SLUG_PATTERN = '[a-z0-9-]+'

/** SERVER_PATHS as one nginx regular expression: `^/(gop-y/gui|…|du-thao/[a-z0-9-]+/gop-y|…)/$`. */
export function serverPathsPattern(paths: readonly string[] = SERVER_PATHS): string {
  const alternatives = paths.map((p) =>
    p
      .replace(/^\/|\/$/g, '')
      .split('/')
      .map((part) => (part.startsWith(':') ? SLUG_PATTERN : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/'),
  )
  return `^/(${alternatives.join('|')})/$`
}

/** The file of the built site that answers a page path: `/gop-y/da-gui/` → `gop-y/da-gui/index.html`. */
export function builtFile(pagePath: string): string {
  return `${pagePath.replace(/^\/+/, '')}index.html`
}

export type RegionMarkers = readonly [start: string, end: string]

/** The region of a built page the server re-renders (the form with its errors, or the lookup's result). */
export const FEEDBACK_FORM_MARKERS: RegionMarkers = ['<!--FEEDBACK-FORM-->', '<!--/FEEDBACK-FORM-->']
export const COMMENT_FORM_MARKERS: RegionMarkers = ['<!--CONSULTATION-FORM-->', '<!--/CONSULTATION-FORM-->']
export const LOOKUP_MARKERS: RegionMarkers = ['<!--TRA-CUU-->', '<!--/TRA-CUU-->']

/** Where a confirmation page shows the reference code (every occurrence is replaced by the code). */
export const REFERENCE_CODE_MARKER = '<!--MA-THAM-CHIEU-->'

/** A region between its markers, as the site's pages write it. */
export const markedRegion = (markers: RegionMarkers, html: string): string => markers[0] + html + markers[1]
