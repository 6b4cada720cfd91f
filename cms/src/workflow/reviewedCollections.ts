import { articleHref, exemplarHref } from '@gd/shared/urls'
import { disclosureHref } from '@gd/shared/disclosures'

/**
 * The collections schools submit through the review workflow (enforceReview, recordTransition): one list, read by the
 * editors' queue, the school's first screen and the workflow's e-mails.
 */
export const REVIEWED_COLLECTIONS = [
  { slug: 'exemplars', label: 'Người tốt việc tốt', kind: 'gương người tốt việc tốt', href: exemplarHref },
  { slug: 'articles', label: 'Tin của trường', kind: 'tin bài', href: articleHref },
  { slug: 'school-disclosures', label: 'Công khai', kind: 'nội dung công khai', href: disclosureHref },
] as const

export type ReviewedSlug = (typeof REVIEWED_COLLECTIONS)[number]['slug']

export const reviewedCollection = (slug: string) => REVIEWED_COLLECTIONS.find((c) => c.slug === slug)
