/**
 * Lexical rich text (Payload) → HTML at build time, with Payload's own converter. Uploads become responsive
 * lazy images served from /media/, internal links point at the site's URLs, list items are plain <li>, and an h1
 * in the body becomes h2 (the page title is the only h1).
 */
import { convertLexicalToHTML, LinkHTMLConverter, type HTMLConverter } from '@payloadcms/richtext-lexical/html'
import type { SerializedLinkNode, SerializedListItemNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import { escapeHtml } from '@gd/shared'
import { imageAttrs, mediaUrl } from './media.ts'
import { articleHref, exemplarHref } from './urls.ts'
import type { Media, RichText } from './types.ts'

const CONTENT_IMAGE_SIZES = '(min-width: 48rem) 44rem, 100vw'

function attr(name: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(value)}"`
}

const upload: HTMLConverter<SerializedUploadNode> = ({ node }) => {
  const doc = node.value !== null && typeof node.value === 'object' ? (node.value as unknown as Media) : null
  if (!doc?.filename) return ''
  const img = imageAttrs(doc, 'card', CONTENT_IMAGE_SIZES)
  if (!img) return `<p><a href="${escapeHtml(mediaUrl(doc.filename))}">${escapeHtml(doc.filename)}</a></p>`
  const alt = (node.fields as { alt?: string } | null)?.alt || img.alt
  return `<figure class="rt-figure"><img${attr('src', img.src)}${attr('srcset', img.srcset)}${attr('sizes', img.sizes)}${attr('width', img.width)}${attr('height', img.height)} alt="${escapeHtml(alt)}" loading="lazy" decoding="async"></figure>`
}

/** Payload's list item adds empty class/style attributes, and ARIA checkboxes for check lists; this is plain. */
const listitem: HTMLConverter<SerializedListItemNode> = ({ node, nodesToHTML, parent }) => {
  const children = nodesToHTML({ nodes: node.children }).join('')
  if ('listType' in parent && parent.listType === 'check') {
    const done = node.checked === true
    return `<li class="check-item"><span aria-hidden="true">${done ? '☑' : '☐'} </span><span class="visually-hidden">${done ? 'Đã thực hiện: ' : 'Chưa thực hiện: '}</span>${children}</li>`
  }
  return `<li>${children}</li>`
}

function internalDocToHref({ linkNode }: { linkNode: SerializedLinkNode }): string {
  const doc = linkNode.fields.doc
  const value = doc && typeof doc.value === 'object' ? doc.value : null
  const slug = typeof value?.slug === 'string' ? value.slug : ''
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
