import { describe, expect, it } from 'vitest'
import { correctionsOf, newestCorrectionsFirst } from '@gd/shared/corrections'
import { shareLinks } from '@gd/shared/share-links'

const c = (id: number, day: string, relationTo: string, value: unknown) => ({
  id,
  correctedOn: `${day}T05:00:00.000Z`,
  target: { relationTo, value },
})

describe('corrections order', () => {
  it('newest day first; on one day, the later one first', () => {
    const list = [c(1, '2025-05-02', 'articles', 7), c(2, '2025-06-10', 'articles', 7), c(3, '2025-06-10', 'exemplars', 7)]
    expect(newestCorrectionsFirst(list).map((x) => x.id)).toEqual([3, 2, 1])
  })

  it("one item's corrections: same collection and id, populated or not", () => {
    const list = [
      c(1, '2025-05-02', 'articles', 7),
      c(2, '2025-06-10', 'articles', { id: 7 }),
      c(3, '2025-06-11', 'exemplars', 7),
      c(4, '2025-06-12', 'articles', 8),
    ]
    expect(correctionsOf(list, 'articles', 7).map((x) => x.id)).toEqual([2, 1])
    expect(correctionsOf(list, 'exemplars', '7').map((x) => x.id)).toEqual([3])
  })
})

describe('share links', () => {
  it('Zalo and Facebook, the page address encoded once', () => {
    const links = shareLinks('https://pgd.example.vn/tin-tuc/hội-nghị/?a=1&b=2')
    expect(links.map((l) => l.label)).toEqual(['Chia sẻ qua Zalo', 'Chia sẻ lên Facebook'])
    const fb = new URL(links[1]!.href)
    expect(fb.origin + fb.pathname).toBe('https://www.facebook.com/sharer/sharer.php')
    expect(fb.searchParams.get('u')).toBe('https://pgd.example.vn/tin-tuc/hội-nghị/?a=1&b=2')
    expect(new URL(links[0]!.href).searchParams.get('url')).toBe('https://pgd.example.vn/tin-tuc/hội-nghị/?a=1&b=2')
  })

  it('no link for an address that is not http(s)', () => {
    expect(shareLinks('javascript:alert(1)')).toEqual([])
  })
})
