/** Hand-made Lexical JSON of an attacker: one hostile node per attribute the HTML converter writes. */
export const META = '<meta http-equiv="refresh" content="1;url=https://evil.example">'
export const HOSTILE_TAG = `h2><img src=x onerror=alert(1)>${META}<h2`

export const text = (t: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
  ...extra,
})
export const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  ...extra,
})
export const story = (...children: unknown[]) => ({ root: block('root', children) })

/** One hostile node per attribute the converter writes. */
export const HOSTILE_NODES: Record<string, unknown> = {
  'heading tag': block('heading', [text('Tiêu đề')], { tag: HOSTILE_TAG }),
  'list tag': block('list', [block('listitem', [text('mục')], { value: 1 })], { tag: 'ul onmouseover=alert(1)', listType: 'bullet' }),
  'list type': block('list', [block('listitem', [text('mục')], { value: 1 })], { tag: 'ul', listType: 'bullet" onmouseover="alert(1)' }),
  'link URL': block('paragraph', [
    block('link', [text('bấm vào')], { fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false } }),
  ]),
  'link target': block('paragraph', [
    block('link', [text('bấm vào')], { fields: { url: 'https://example.org', linkType: 'custom', newTab: '" onmouseover="alert(1)' } }),
  ]),
  'upload id': block('upload', [], { relationTo: 'media', value: '1" onerror="alert(1)', fields: null }),
  'upload collection': block('upload', [], { relationTo: 'users', value: 1, fields: null }),
  'text format': block('paragraph', [text('chữ', { format: '1 onmouseover=alert(1)' })]),
  alignment: block('paragraph', [text('chữ')], { format: 'center;background:url(https://evil.example/x)' }),
  indent: block('paragraph', [text('chữ')], { indent: '1;background:url(https://evil.example/x)' }),
  'unknown node': { type: 'html', version: 1, html: META },
  'block node': { type: 'block', version: 1, fields: { blockType: 'html', html: META } },
}
