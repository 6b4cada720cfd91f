import { describe, expect, it } from 'vitest'
import { articleFeed, articleFeedItem } from '../../site/src/lib/feeds'
import { SEARCH_KIND_OPTIONS, SEARCH_KINDS, searchKindAttrs } from '../../site/src/lib/search-kinds'
import { absoluteUrl, articleJsonLd, jsonLdText, organizationJsonLd, shareImage } from '../../site/src/lib/seo'
import type { Article, Media, SiteSettings } from '../../site/src/lib/types'

const SITE = 'https://gddt.example.gov.vn'
const media = {
  id: 1,
  alt: 'Ảnh lớp học',
  filename: 'lop hoc.jpg',
  width: 2000,
  height: 1125,
  mimeType: 'image/jpeg',
  sizes: {
    card: { filename: 'lop-hoc-768x432.webp', width: 768, height: 432 },
    hero: { filename: 'lop-hoc-1280x720.webp', width: 1280, height: 720 },
  },
} as Media
const settings = {
  orgName: 'Phòng Giáo dục và Đào tạo (minh họa)',
  parentBody: 'Ủy ban nhân dân (minh họa)',
  address: 'Số 1, đường Trần Hưng Đạo',
  email: 'pgd@example.edu.vn',
  phone: '0220 000 000',
  social: [
    { platform: 'facebook', url: 'https://www.facebook.com/example' },
    { platform: 'zalo', url: 'javascript:alert(1)' },
  ],
} as SiteSettings

describe('link previews and JSON-LD', () => {
  it('absolute URLs are on the public origin', () => {
    expect(absoluteUrl('/tin-tuc/a/', SITE)).toBe(`${SITE}/tin-tuc/a/`)
    expect(absoluteUrl('/', undefined)).toBe('http://localhost:3000/')
  })

  it('the share image is the largest generated size, else the original, and only for images', () => {
    expect(shareImage(media, SITE)).toEqual({ url: `${SITE}/media/lop-hoc-1280x720.webp`, width: 1280, height: 720, alt: 'Ảnh lớp học' })
    expect(shareImage({ ...media, sizes: null } as unknown as Media, SITE)?.url).toBe(`${SITE}/media/lop%20hoc.jpg`)
    expect(shareImage({ ...media, mimeType: 'application/pdf' }, SITE)).toBeNull()
    expect(shareImage(null, SITE)).toBeNull()
  })

  it('GovernmentOrganization from the site settings, only http(s) social links', () => {
    const org = organizationJsonLd(settings, SITE)
    expect(org).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: settings.orgName,
      url: `${SITE}/`,
      parentOrganization: { '@type': 'GovernmentOrganization', name: settings.parentBody },
      address: { '@type': 'PostalAddress', streetAddress: settings.address, addressCountry: 'VN' },
      sameAs: ['https://www.facebook.com/example'],
    })
    expect(organizationJsonLd({} as SiteSettings, SITE)).not.toHaveProperty('parentOrganization')
  })

  it('NewsArticle with headline, dates, image and the organisation as publisher', () => {
    const ld = articleJsonLd(
      {
        title: 'Tiêu đề',
        description: 'Tóm tắt',
        path: '/tin-tuc/tieu-de/',
        image: shareImage(media, SITE),
        publishedAt: '2026-01-02T03:04:05.000Z',
        sections: ['Chuyển đổi số'],
      },
      settings,
      SITE,
    )
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Tiêu đề',
      url: `${SITE}/tin-tuc/tieu-de/`,
      image: [`${SITE}/media/lop-hoc-1280x720.webp`],
      datePublished: '2026-01-02T03:04:05.000Z',
      dateModified: '2026-01-02T03:04:05.000Z',
      publisher: { '@type': 'GovernmentOrganization', name: settings.orgName },
    })
    expect(String(articleJsonLd({ title: 'x'.repeat(200), path: '/' }, settings, SITE).headline)).toHaveLength(110)
  })

  it('JSON-LD text cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script')
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})

describe('feeds', () => {
  const article = {
    id: 7,
    title: 'Đào tạo & bồi dưỡng <giáo viên>',
    slug: 'dao-tao',
    excerpt: 'Tóm tắt',
    publishedAt: '2026-03-04T05:06:07.000Z',
    themes: [{ id: 1, name: 'Chuyển đổi số, ứng dụng công nghệ thông tin', slug: 'chuyen-doi-so' }, 2],
  } as Article

  it('an item links the article page and carries its themes as categories', () => {
    expect(articleFeedItem(article)).toEqual({
      title: article.title,
      link: '/tin-tuc/dao-tao/',
      pubDate: new Date('2026-03-04T05:06:07.000Z'),
      description: 'Tóm tắt',
      categories: ['Chuyển đổi số, ứng dụng công nghệ thông tin'],
    })
  })

  it('a feed escapes text, makes links absolute and keeps at most 30 items', async () => {
    const many = Array.from({ length: 35 }, (_, i) => ({ ...article, id: i, slug: `bai-${i}` }))
    const xml = await (
      await articleFeed({ title: 'Tin tức', description: 'Mô tả', site: SITE, articles: many, selfPath: '/rss.xml' })
    ).text()
    expect(xml.match(/<item>/g)).toHaveLength(30)
    expect(xml).toContain(`<link>${SITE}/tin-tuc/bai-0/</link>`)
    expect(xml).toContain('Đào tạo &amp; bồi dưỡng &lt;giáo viên&gt;')
    expect(xml).toContain(`<atom:link href="${SITE}/rss.xml" rel="self" type="application/rss+xml"/>`)
  })
})

describe('search kinds', () => {
  it('each kind marks its pages with a Pagefind filter and the type shown under a result', () => {
    expect(searchKindAttrs('document')).toEqual({
      'data-pagefind-body': true,
      'data-pagefind-meta': 'type:Văn bản',
      'data-pagefind-filter': 'kind:Văn bản',
    })
    expect(SEARCH_KIND_OPTIONS.map((o) => o.label)).toEqual(Object.values(SEARCH_KINDS))
    expect(SEARCH_KIND_OPTIONS.map((o) => o.label)).toEqual(expect.arrayContaining(['Tin tức', 'Người tốt việc tốt', 'Văn bản', 'Dự thảo']))
  })
})
