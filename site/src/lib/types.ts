/** The shapes the site reads from the CMS REST API (Payload 3, depth=1). Only the fields the site uses. */
import type { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** Lexical editor state as stored by Payload's rich text field. */
export type SerializedEditorState = Parameters<typeof convertLexicalToHTML>[0]['data']

export type Id = string | number

export interface MediaSize {
  filename?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
}

export interface Media {
  id: Id
  alt?: string | null
  filename?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  sizes?: Partial<Record<'thumbnail' | 'card' | 'hero', MediaSize | null>> | null
}

export interface ThemeDoc {
  id: Id
  name: string
  slug: string
  order?: number | null
  description?: string | null
}

export interface School {
  id: Id
  name: string
  slug?: string | null
  level?: string | null
  commune?: string | null
  address?: string | null
  phone?: string | null
  email?: string | null
  principal?: string | null
  demo?: boolean | null
}

export type RichText = SerializedEditorState | null | undefined

export interface Article {
  id: Id
  title: string
  slug: string
  excerpt?: string | null
  cover?: Media | Id | null
  content?: RichText
  themes?: (ThemeDoc | Id)[] | null
  school?: School | Id | null
  publishedAt?: string | null
  featured?: boolean | null
  /** thông cáo báo chí: listed on the press page and in its feed */
  pressRelease?: boolean | null
  updatedAt?: string | null
  _status?: 'draft' | 'published' | null
}

export interface Exemplar {
  id: Id
  title: string
  slug: string
  subjectName?: string | null
  subjectType?: string | null
  school?: School | Id | null
  movement?: string | null
  summary?: string | null
  story?: RichText
  photos?: (Media | Id)[] | null
  publishedAt?: string | null
  updatedAt?: string | null
  _status?: 'draft' | 'published' | null
}

export interface SiteSettings {
  orgName?: string | null
  parentBody?: string | null
  address?: string | null
  phone?: string | null
  email?: string | null
  workingHours?: string | null
  logo?: Media | Id | null
  spokesperson?: { name?: string | null; position?: string | null; phone?: string | null; email?: string | null } | null
  social?: { platform?: string | null; url?: string | null }[] | null
}

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
