/**
 * Metadata for search engines and link previews: absolute URLs on the public origin (Astro `site`, from
 * PUBLIC_URL), OpenGraph/Twitter image data from CMS media, and schema.org JSON-LD (GovernmentOrganization,
 * NewsArticle). Organisation data comes from the site settings; nothing here names the department.
 */
import { mediaUrl } from './media.ts'
import { populated, type Media, type SiteSettings } from './types.ts'

export const DEFAULT_SITE = 'http://localhost:3000'

/** An absolute URL on the public origin. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? DEFAULT_SITE).href
}

export interface ShareImage {
  url: string
  width?: number
  height?: number
  alt: string
}

/** The largest generated size of an image (hero, then card), else the original file, as an absolute URL. */
export function shareImage(media: Media | null | undefined, site: URL | string | undefined): ShareImage | null {
  if (!media?.filename || !(media.mimeType ?? 'image/').startsWith('image/')) return null
  for (const name of ['hero', 'card'] as const) {
    const size = media.sizes?.[name]
    if (size?.filename && size.width) {
      return { url: absoluteUrl(mediaUrl(size.filename), site), width: size.width, height: size.height ?? undefined, alt: media.alt ?? '' }
    }
  }
  return {
    url: absoluteUrl(mediaUrl(media.filename), site),
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    alt: media.alt ?? '',
  }
}

type JsonLd = Record<string, unknown>

/** The organisation as schema.org GovernmentOrganization. */
export function organizationJsonLd(settings: SiteSettings, site: URL | string | undefined): JsonLd {
  const logo = shareImage(populated<Media>(settings.logo), site)
  const sameAs = (settings.social ?? []).map((s) => s.url).filter((u): u is string => !!u && /^https?:\/\//.test(u))
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': absoluteUrl('/#to-chuc', site),
    name: settings.orgName,
    url: absoluteUrl('/', site),
    logo: logo?.url,
    email: settings.email,
    telephone: settings.phone,
    address: settings.address ? { '@type': 'PostalAddress', streetAddress: settings.address, addressCountry: 'VN' } : undefined,
    parentOrganization: settings.parentBody ? { '@type': 'GovernmentOrganization', name: settings.parentBody } : undefined,
    sameAs: sameAs.length ? sameAs : undefined,
  })
}

export interface ArticleLdInput {
  type?: 'NewsArticle' | 'Article'
  title: string
  description?: string | null
  path: string
  image?: ShareImage | null
  publishedAt?: string | null
  updatedAt?: string | null
  sections?: string[]
}

/** A news item (or another article-like page) as schema.org NewsArticle, published by the organisation. */
export function articleJsonLd(input: ArticleLdInput, settings: SiteSettings, site: URL | string | undefined): JsonLd {
  const org = organizationJsonLd(settings, site)
  const publisher = compact({
    '@type': 'GovernmentOrganization',
    '@id': org['@id'],
    name: org.name,
    url: org.url,
    logo: org.logo ? { '@type': 'ImageObject', url: org.logo } : undefined,
  })
  return compact({
    '@context': 'https://schema.org',
    '@type': input.type ?? 'NewsArticle',
    headline: input.title.length > 110 ? `${input.title.slice(0, 109)}…` : input.title,
    description: input.description || undefined,
    url: absoluteUrl(input.path, site),
    mainEntityOfPage: absoluteUrl(input.path, site),
    image: input.image ? [input.image.url] : undefined,
    datePublished: input.publishedAt || undefined,
    dateModified: input.updatedAt || input.publishedAt || undefined,
    inLanguage: 'vi',
    articleSection: input.sections?.length ? input.sections : undefined,
    author: publisher,
    publisher,
  })
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

function compact(obj: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && v !== ''))
}
