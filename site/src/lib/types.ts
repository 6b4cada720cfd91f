/**
 * The shapes the site reads from the CMS REST API (Payload 3, depth=1): Payload's generated types
 * (cms/src/payload-types.ts, `npm run generate:types -w cms`), so a field renamed in the CMS breaks the site's
 * type-check, not its pages. Type-only: nothing of the CMS is bundled into the site.
 */
import type * as Cms from '../../../cms/src/payload-types.ts'

/** A document's id: a number with SQLite, a string with MongoDB (the generated types say number; compare as strings). */
export type Id = string | number

/** Lexical editor state as stored by Payload's rich text field. */
export type RichText = Cms.Article['content'] | null | undefined

/** Docs without a slug cannot have a page: the loader drops them, so the site's docs always have one. */
type WithSlug<T> = Omit<T, 'slug'> & { slug: string }

export type Media = Cms.Media
export type MediaSize = NonNullable<NonNullable<Media['sizes']>['card']>
export type ThemeDoc = Cms.Theme
export type School = Cms.School
export type Article = WithSlug<Cms.Article>
export type Exemplar = WithSlug<Cms.Exemplar>
export type DocumentDoc = WithSlug<Cms.Document>
export type ConsultationDoc = WithSlug<Cms.Consultation>
export type AnnouncementDoc = WithSlug<Cms.Announcement>
export type ProcedureDoc = WithSlug<Cms.Procedure>
export type EventDoc = WithSlug<Cms.Event>
export type CorrectionDoc = Cms.Correction
export type AlbumDoc = WithSlug<Cms.Album>
export type VideoDoc = WithSlug<Cms.Video>
export type WorkScheduleDoc = Cms.WorkSchedule
export type FileDoc = Cms.File
export type DisclosureDoc = WithSlug<Cms.SchoolDisclosure>
export type DisclosureFileDoc = Cms.DisclosureFile
export type SiteSettings = Cms.SiteSetting
export type OrganisationDoc = Cms.Organisation
export type Leader = NonNullable<OrganisationDoc['leaders']>[number]
export type StaffGroup = NonNullable<OrganisationDoc['staffDirectory']>[number]
/** The spokesperson's details in the site settings (with the regulation populated at depth 1). */
export type Spokesperson = NonNullable<SiteSettings['spokesperson']>

export interface PaginatedDocs<T> {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  hasNextPage: boolean
}

/** A relationship field is a populated doc at depth ≥ 1, or a bare id when it could not be populated. */
export function populated<T extends object>(value: T | Id | null | undefined): T | null {
  return value !== null && typeof value === 'object' ? value : null
}
