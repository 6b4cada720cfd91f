/**
 * Lexical rich text (Payload) → HTML at build time, with Payload's own converter. Uploads become responsive
 * lazy images served from /media/, internal links point at the site's URLs, and an h1 in the body becomes h2
 * (the page title is the only h1).
 */
import { convertLexicalToHTML, LinkHTMLConverter, type HTMLConverter } from '@payloadcms/richtext-lexical/html'
import { escapeHtml } from '@gd/shared'
import { imageAttrs, mediaUrl } from './media.ts'
import { articleHref, exemplarHref } from './urls.ts'
import type { Media, RichText } from './types.ts'

const CONTENT_IMAGE_SIZES = '(min-width: 48rem) 44rem, 100vw'

function attr(name: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(value)}"`
}

/** A plain <li> (Payload's adds empty class/style attributes, and ARIA checkboxes for check lists). */
const listitem: HTMLConverter<{ checked?: boolean; children: never[] }> = ({ node, nodesToHTML, parent }) => {
  const children = nodesToHTML({ nodes: node.children }).join('')
  if ('listType' in parent && parent.listType === 'check') {
    const state = node.checked ? '☑' : '☐'
    return `<li class="check-item"><span aria-hidden="true">${state} </span><span class="visually-hidden">${node.checked ? 'Đã thực hiện: ' : 'Chưa thực hiện: '}</span>${children}</li>`
  }
  return `<li>${children}</li>`
}

const upload: HTMLConverter<{ value?: unknown; fields?: { alt?: string } | null }> = ({ node }) => {
  const doc = node.value !== null && typeof node.value === 'object' ? (node.value as Media) : null
  if (!doc?.filename) return ''
  const img = imageAttrs(doc, 'card', CONTENT_IMAGE_SIZES)
  if (!img) return `<p><a href="${escapeHtml(mediaUrl(doc.filename))}">${escapeHtml(doc.filename)}</a></p>`
  const alt = node.fields?.alt || img.alt
  return `<figure class="rt-figure"><img${attr('src', img.src)}${attr('srcset', img.srcset)}${attr('sizes', img.sizes)}${attr('width', img.width)}${attr('height', img.height)} alt="${escapeHtml(alt)}" loading="lazy" decoding="async"></figure>`
}

interface InternalDoc {
  relationTo?: string
  value?: { slug?: string } | string | number
}

function internalDocToHref({ linkNode }: { linkNode: { fields?: { doc?: InternalDoc | null } } }): string {
  const doc = linkNode.fields?.doc
  const slug = doc && typeof doc.value === 'object' ? doc.value.slug : undefined
  if (!slug) return '#'
  if (doc?.relationTo === 'articles') return articleHref(slug)
  if (doc?.relationTo === 'exemplars') return exemplarHref(slug)
  return '#'
}

const linkConverters = LinkHTMLConverter({ internalDocToHref })

export function richTextToHtml(data: RichText): string {
  if (!data?.root) return ''
  return convertLexicalToHTML({
    data,
    disableContainer: true,
    disableIndent: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...linkConverters,
      heading: ({ node, nodesToHTML }) => {
        const tag = node.tag === 'h1' ? 'h2' : node.tag
        return `<${tag}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
      },
      listitem,
      upload,
    }),
  })
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Plain text of an HTML fragment (for the folded search copy); block boundaries become spaces. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        return Number.isFinite(code) ? String.fromCodePoint(code) : m
      }
      return ENTITIES[e.toLowerCase()] ?? m
    })
    .replace(/\s+/g, ' ')
    .trim()
}
