import { PAGE_TYPES } from './page-types'
import { checkPageTypes, SERVICES_FROM } from './accessibility-checks'

/**
 * WCAG 2.1 AA, keyboard use and narrow screens (./accessibility-checks.ts) on the page types of the public services
 * (feedback, search, lookup, Q&A), documents and drafts, the department and the schools (the news and media pages:
 * accessibility-news-and-media.test.ts).
 */
checkPageTypes(PAGE_TYPES.slice(SERVICES_FROM))
