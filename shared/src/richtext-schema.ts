/**
 * The closed lists of stored rich text (Payload's Lexical JSON): which node types exist and which value each
 * attribute that reaches HTML may take. The CMS refuses anything else on save (cms/src/fields/safeRichText.ts)
 * and the site's renderer drops or replaces it (site/src/lib/richtext.ts), so a hand-made request can neither
 * store nor publish markup of its own (e.g. a heading whose `tag` is `h2><meta http-equiv=refresh …>`).
 */
export const NODE_TYPES = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'upload',
  'horizontalrule',
  'relationship',
] as const
export type NodeType = (typeof NODE_TYPES)[number]

export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const
export const LIST_TAGS = ['ul', 'ol'] as const
export const LIST_TYPES = ['bullet', 'number', 'check'] as const
/** Element alignment (`format` of a block node); '' is none. */
export const ALIGNMENTS = ['', 'left', 'start', 'center', 'right', 'end', 'justify'] as const
export const MAX_INDENT = 10
/** Text format bits: bold 1, italic 2, strikethrough 4, underline 8, code 16, subscript 32, superscript 64, highlight 128. */
export const TEXT_FORMAT_BITS = 0xff
export const LINK_TYPES = ['custom', 'internal'] as const
/** What an internal link may point at, and what an upload node may show. */
export const LINK_COLLECTIONS = ['articles', 'exemplars'] as const
export const UPLOAD_COLLECTIONS = ['media'] as const
/** A relationship node is stored but never rendered. */
export const RELATIONSHIP_COLLECTIONS = [
  'articles',
  'exemplars',
  'documents',
  'files',
  'consultations',
  'themes',
  'schools',
  'media',
] as const
/** Schemes of an external link; otherwise a site path (/…) or an anchor (#…). */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const
export const MAX_DEPTH = 30

const has = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v)
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** A stored id: a positive integer (SQL) or a short token (MongoDB ObjectId). */
export function isSafeId(v: unknown): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v > 0
  return typeof v === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(v)
}

/** A related doc as stored (its id) or populated (an object with an id). */
const isSafeRef = (v: unknown): boolean => isSafeId(v) || (isObject(v) && isSafeId(v.id))

export function isSafeUrl(url: unknown): url is string {
  // eslint-disable-next-line no-control-regex -- a URL with a control character is refused
  if (typeof url !== 'string' || url.length > 2048 || /[\u0000-\u001f\u007f]/.test(url)) return false
  const u = url.trim()
  if (u.startsWith('#')) return true
  if (u.startsWith('/')) return !u.startsWith('//') && !u.startsWith('/\\')
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(u)?.[1]?.toLowerCase()
  return has(LINK_SCHEMES, scheme)
}

const isFormat = (v: unknown) => v === undefined || v === 0 || has(ALIGNMENTS, v)
const isIndent = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_INDENT)
const isTextFormat = (v: unknown) =>
  v === undefined || (Number.isInteger(v) && (v as number) >= 0 && ((v as number) & ~TEXT_FORMAT_BITS) === 0)

/** Why one node (not its children) is refused, in Vietnamese, or null. */
function nodeProblem(node: Record<string, unknown>, parentType: string | null): string | null {
  const type = node.type
  if (!has(NODE_TYPES, type)) return `loại nội dung không được hỗ trợ (${String(type).slice(0, 40)})`
  if ((type === 'root') !== (parentType === null)) return 'cấu trúc văn bản không hợp lệ'
  if (!isFormat(node.format) && type !== 'text') return 'căn lề không hợp lệ'
  if (!isIndent(node.indent)) return 'thụt lề không hợp lệ'
  switch (type) {
    case 'text':
      if (typeof node.text !== 'string') return 'đoạn chữ không hợp lệ'
      if (!isTextFormat(node.format)) return 'định dạng chữ không hợp lệ'
      return null
    case 'heading':
      return has(HEADING_TAGS, node.tag) ? null : 'cấp tiêu đề không hợp lệ'
    case 'list':
      if (!has(LIST_TAGS, node.tag)) return 'loại danh sách không hợp lệ'
      return has(LIST_TYPES, node.listType) ? null : 'kiểu danh sách không hợp lệ'
    case 'listitem':
      if (parentType !== 'list') return 'mục danh sách nằm ngoài danh sách'
      return node.checked === undefined || typeof node.checked === 'boolean' ? null : 'mục danh sách không hợp lệ'
    case 'link':
    case 'autolink': {
      const f = node.fields
      if (!isObject(f) || (f.newTab !== undefined && typeof f.newTab !== 'boolean')) return 'liên kết không hợp lệ'
      const linkType = f.linkType ?? 'custom'
      if (!has(LINK_TYPES, linkType)) return 'liên kết không hợp lệ'
      if (linkType === 'internal') {
        const doc = f.doc
        return isObject(doc) && has(LINK_COLLECTIONS, doc.relationTo) && isSafeRef(doc.value) ? null : 'liên kết nội bộ không hợp lệ'
      }
      return isSafeUrl(f.url) ? null : 'địa chỉ liên kết không được phép (chỉ http, https, mailto, tel hoặc đường dẫn trong trang)'
    }
    case 'upload':
      if (!has(UPLOAD_COLLECTIONS, node.relationTo) || !isSafeRef(node.value)) return 'ảnh chèn vào không hợp lệ'
      return node.fields == null || (isObject(node.fields) && (node.fields.alt === undefined || typeof node.fields.alt === 'string'))
        ? null
        : 'ảnh chèn vào không hợp lệ'
    case 'relationship':
      return has(RELATIONSHIP_COLLECTIONS, node.relationTo) && isSafeRef(node.value) ? null : 'liên kết tài liệu không hợp lệ'
    default:
      return null
  }
}

/**
 * The first reason a stored rich text is refused, in Vietnamese, or null when every node and attribute is on the
 * lists. Empty values (null/undefined) are fine; "required" is Payload's business.
 */
export function richTextProblem(data: unknown): string | null {
  if (data === null || data === undefined) return null
  if (!isObject(data) || !isObject(data.root)) return 'Nội dung soạn thảo không hợp lệ.'
  const walk = (node: unknown, parentType: string | null, depth: number): string | null => {
    if (!isObject(node)) return 'cấu trúc văn bản không hợp lệ'
    if (depth > MAX_DEPTH) return 'văn bản lồng quá sâu'
    const problem = nodeProblem(node, parentType)
    if (problem) return problem
    if (node.children === undefined) return null
    if (!Array.isArray(node.children)) return 'cấu trúc văn bản không hợp lệ'
    for (const child of node.children) {
      const p = walk(child, node.type as string, depth + 1)
      if (p) return p
    }
    return null
  }
  const problem = walk(data.root, null, 0)
  return problem ? `Nội dung soạn thảo có ${problem}; hãy soạn lại bằng trình soạn thảo.` : null
}

/**
 * A copy with only what the lists allow, for rendering: unknown nodes (and their content) dropped, a refused link
 * kept as its text, a refused upload or relationship dropped, every other attribute replaced by a listed value
 * (heading h2, list bullet, no alignment, no indent, plain text). Only the keys the renderer reads are copied.
 */
export function sanitizeRichText<T>(data: T): T | null {
  if (!isObject(data) || !isObject(data.root) || data.root.type !== 'root') return null
  const clean = (node: unknown, parentType: string | null, depth: number): Record<string, unknown>[] => {
    if (!isObject(node) || depth > MAX_DEPTH || !has(NODE_TYPES, node.type)) return []
    if ((node.type === 'root') !== (parentType === null)) return []
    const children = () => (Array.isArray(node.children) ? node.children.flatMap((c) => clean(c, node.type as string, depth + 1)) : [])
    const base = {
      type: node.type,
      version: 1,
      format: has(ALIGNMENTS, node.format) ? node.format : '',
      indent: isIndent(node.indent) ? (node.indent ?? 0) : 0,
    }
    switch (node.type) {
      case 'text':
        if (typeof node.text !== 'string') return []
        return [
          {
            type: 'text',
            version: 1,
            text: node.text,
            format: isTextFormat(node.format) ? (node.format ?? 0) : 0,
            mode: 'normal',
            style: '',
            detail: 0,
          },
        ]
      case 'heading':
        return [{ ...base, tag: has(HEADING_TAGS, node.tag) ? node.tag : 'h2', children: children() }]
      case 'list': {
        const listType = has(LIST_TYPES, node.listType) ? node.listType : 'bullet'
        return [{ ...base, tag: listType === 'number' ? 'ol' : 'ul', listType, children: children() }]
      }
      case 'listitem':
        return [{ ...base, checked: node.checked === true, value: 1, children: children() }]
      case 'link':
      case 'autolink': {
        if (nodeProblem(node, parentType)) return children()
        const f = node.fields as Record<string, unknown>
        const internal = f.linkType === 'internal'
        const fields = {
          linkType: internal ? 'internal' : 'custom',
          newTab: f.newTab === true,
          url: internal ? undefined : f.url,
          doc: internal ? f.doc : undefined,
        }
        return [{ ...base, fields, children: children() }]
      }
      case 'upload':
        if (nodeProblem(node, parentType)) return []
        return [
          { ...base, relationTo: node.relationTo, value: node.value, fields: { alt: isObject(node.fields) ? node.fields.alt : undefined } },
        ]
      case 'relationship':
        if (nodeProblem(node, parentType)) return []
        return [{ ...base, relationTo: node.relationTo, value: node.value }]
      default:
        return [{ ...base, children: children() }]
    }
  }
  const [root] = clean(data.root, null, 0)
  return root ? ({ ...data, root } as T) : null
}
