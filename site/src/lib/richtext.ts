/**
 * Lexical rich text (Payload) → HTML at build time, with Payload's own converter over a copy that holds only what
 * the closed lists of @gd/shared/richtext-schema allow (unknown nodes dropped, every attribute a listed value).
 * Every converter writes attributes from those lists or escapes them: uploads become responsive lazy images
 * served from /media/, internal links point at the site's URLs, list items are plain <li>, and an h1 in the body
 * becomes h2 (the page title is the only h1).
 */
import {
  BlockquoteHTMLConverter,
  convertLexicalToHTML,
  HorizontalRuleHTMLConverter,
  LinebreakHTMLConverter,
  ParagraphHTMLConverter,
  TabHTMLConverter,
  TextHTMLConverter,
  type HTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import type {
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import type { SerializedLexicalNode } from 'lexical'
import { escapeHtml } from '@gd/shared'
import { HEADING_TAGS, isSafeUrl, LIST_TYPES, sanitizeRichText } from '@gd/shared/richtext-schema'
import { imageAttrs, mediaUrl } from './media.ts'
import { articleHref, exemplarHref } from './urls.ts'
import type { Media, RichText } from './types.ts'

const CONTENT_IMAGE_SIZES = '(min-width: 48rem) 44rem, 100vw'

function attr(name: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(value)}"`
}

const upload: HTMLConverter<SerializedUploadNode> = ({ node }) => {
  if (node.relationTo !== 'media') return ''
  const doc = node.value !== null && typeof node.value === 'object' ? (node.value as unknown as Media) : null
  if (!doc?.filename) return ''
  const img = imageAttrs(doc, 'card', CONTENT_IMAGE_SIZES)
  if (!img) return `<p><a href="${escapeHtml(mediaUrl(doc.filename))}">${escapeHtml(doc.filename)}</a></p>`
  const alt = (node.fields as { alt?: unknown } | null)?.alt
  return `<figure class="rt-figure"><img${attr('src', img.src)}${attr('srcset', img.srcset)}${attr('sizes', img.sizes)}${attr('width', Number(img.width) || undefined)}${attr('height', Number(img.height) || undefined)} alt="${escapeHtml(typeof alt === 'string' && alt ? alt : img.alt)}" loading="lazy" decoding="async"></figure>`
}

const heading: HTMLConverter<SerializedHeadingNode> = ({ node, nodesToHTML, providedStyleTag }) => {
  const listed = (HEADING_TAGS as readonly string[]).includes(node.tag) ? node.tag : 'h2'
  const tag = listed === 'h1' ? 'h2' : listed
  return `<${tag}${providedStyleTag}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
}

const list: HTMLConverter<SerializedListNode> = ({ node, nodesToHTML, providedStyleTag }) => {
  const listType = (LIST_TYPES as readonly string[]).includes(node.listType) ? node.listType : 'bullet'
  const tag = listType === 'number' ? 'ol' : 'ul'
  return `<${tag}${providedStyleTag} class="list-${listType}">${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
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

/** A link only to a listed URL (else its text alone), opened in a new tab or not, nothing else. */
function link({
  node,
  nodesToHTML,
}: {
  node: SerializedLinkNode | SerializedAutoLinkNode
  nodesToHTML: (args: { nodes: SerializedLexicalNode[] }) => string[]
}): string {
  const children = nodesToHTML({ nodes: node.children }).join('')
  const href = node.fields.linkType === 'internal' ? internalDocToHref({ linkNode: node as SerializedLinkNode }) : node.fields.url
  if (!isSafeUrl(href)) return children
  return `<a href="${escapeHtml(href)}"${node.fields.newTab === true ? ' rel="noopener noreferrer" target="_blank"' : ''}>${children}</a>`
}

export function richTextToHtml(data: RichText): string {
  const safe = sanitizeRichText(data)
  if (!safe?.root) return ''
  return convertLexicalToHTML({
    data: safe,
    disableContainer: true,
    disableIndent: true,
    // only these node types become HTML; anything else (tables, blocks, relationships, unknown) is dropped
    converters: {
      ...ParagraphHTMLConverter,
      ...TextHTMLConverter,
      ...LinebreakHTMLConverter,
      ...TabHTMLConverter,
      ...BlockquoteHTMLConverter,
      ...HorizontalRuleHTMLConverter,
      heading,
      list,
      listitem,
      link: ({ node, nodesToHTML }) => link({ node, nodesToHTML }),
      autolink: ({ node, nodesToHTML }) => link({ node, nodesToHTML }),
      upload,
      unknown: () => '',
    },
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
