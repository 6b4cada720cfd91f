import { describe, expect, it } from 'vitest'
import { richTextProblem, sanitizeRichText } from '@gd/shared/richtext-schema'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'
import { richTextToHtml } from '../../site/src/lib/richtext'
import type { RichText } from '../../site/src/lib/types'
import { block, HOSTILE_NODES, story, text } from '../helpers/hostile-richtext'

/**
 * An attacker's hand-made Lexical JSON against the site's renderer (site/src/lib/richtext.ts) and the closed lists
 * (@gd/shared/richtext-schema): every attribute written into HTML comes from a list, unknown nodes are dropped.
 */
describe('the closed lists refuse every hostile attribute and accept what the editor writes', () => {
  it('refuses each hostile node with a Vietnamese message', () => {
    for (const [what, node] of Object.entries(HOSTILE_NODES)) {
      const problem = richTextProblem(story(block('paragraph', [text('trước')]), node))
      expect(problem, what).toMatch(/^Nội dung soạn thảo có .+; hãy soạn lại bằng trình soạn thảo\.$/)
    }
  })
  it('accepts the seed’s paragraphs and every listed kind of node', () => {
    expect(richTextProblem(paragraphsToLexical(['Một đoạn.', 'Hai đoạn.']))).toBeNull()
    const full = story(
      block('heading', [text('Tiêu đề', { format: 1 })], { tag: 'h3', format: 'center' }),
      block('quote', [text('trích dẫn', { format: 2 | 8 })]),
      block('list', [block('listitem', [text('một')], { value: 1, checked: true })], { tag: 'ul', listType: 'check' }),
      block('list', [block('listitem', [text('hai')], { value: 1 })], { tag: 'ol', listType: 'number', start: 1 }),
      block(
        'paragraph',
        [
          block('link', [text('trang')], { fields: { url: 'https://moet.gov.vn/', linkType: 'custom', newTab: true } }),
          { type: 'linebreak', version: 1 },
          text('x'),
        ],
        { indent: 2, format: 'justify' },
      ),
      block('paragraph', [
        block('link', [text('nội bộ')], { fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 3 }, newTab: false } }),
      ]),
      { type: 'upload', version: 3, relationTo: 'media', value: 7, fields: null, format: '', id: '6751f0a1b2' },
      { type: 'horizontalrule', version: 1 },
    )
    expect(richTextProblem(full)).toBeNull()
    expect(richTextProblem(null)).toBeNull()
  })
})

describe('the renderer writes no markup of the attacker’s', () => {
  it('the heading of the report renders as a plain h2 and nothing else', () => {
    const html = richTextToHtml(story(HOSTILE_NODES['heading tag']) as RichText)
    expect(html).not.toMatch(/<img|<meta|onerror|evil\.example/)
    expect(html).toBe('<h2>Tiêu đề</h2>')
  })
  it('each hostile node renders without an attacker’s tag, attribute, handler or URL', () => {
    for (const [what, node] of Object.entries(HOSTILE_NODES)) {
      const html = richTextToHtml(story(block('paragraph', [text('trước')]), node) as RichText)
      expect(html, what).toMatch(/^<p>trước<\/p>/)
      expect(html, what).not.toMatch(/<img|<meta|<script|\bon[a-z]+=|javascript:|evil\.example|url\(/i)
    }
  })
  it('a refused link keeps its text; a populated upload’s names are escaped', () => {
    expect(richTextToHtml(story(HOSTILE_NODES['link URL']) as RichText)).toBe('<p>bấm vào</p>')
    const media = { id: 1, filename: 'a".jpg', mimeType: 'image/jpeg', width: 10, height: 10, alt: '"><script>x</script>' }
    const html = richTextToHtml(story(block('upload', [], { relationTo: 'media', value: media, fields: null })) as RichText)
    expect(html).toContain('src="/media/a%22.jpg"')
    expect(html).not.toContain('<script')
  })
  it('the sanitized copy keeps only listed values', () => {
    const clean = sanitizeRichText(story(HOSTILE_NODES['list tag'], HOSTILE_NODES.alignment)) as {
      root: { children: Record<string, unknown>[] }
    }
    expect(clean.root.children.map((c) => [c.type, c.tag ?? null, c.format])).toEqual([
      ['list', 'ul', ''],
      ['paragraph', null, ''],
    ])
    expect(richTextToHtml(story(HOSTILE_NODES['list type']) as RichText)).toBe('<ul class="list-bullet"><li>mục</li></ul>')
  })
})
