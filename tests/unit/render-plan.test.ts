import { describe, expect, it } from 'vitest'
import { planIncremental, type IncrementalInput } from '../../site/src/lib/render-plan'
import type { Article } from '../../site/src/lib/types'

/** 30 articles, newest first, alternating between two themes. */
const make = (n = 30): Article[] =>
  Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    slug: `tin-${i + 1}`,
    title: `Tin ${i + 1}`,
    themes: [{ id: i % 2, slug: i % 2 ? 'chuyen-doi-so' : 'chat-luong-giao-duc', name: '' }],
  })) as unknown as Article[]

const input = (over: Partial<IncrementalInput>): IncrementalInput => ({
  articles: make(),
  oldArticles: make(),
  changedArticles: new Set(),
  exemplars: [],
  oldExemplars: [],
  changedExemplars: new Set(),
  themeSlugs: ['chat-luong-giao-duc', 'chuyen-doi-so'],
  articleHref: (s) => `/tin-tuc/${s}/`,
  exemplarHref: (s) => `/nguoi-tot-viec-tot/${s}/`,
  inPrevious: () => true,
  ...over,
})

describe('the incremental render plan', () => {
  it('renders nothing and carries everything over when nothing changed', () => {
    const plan = planIncremental(input({}))
    expect(plan.rendered).toBe(0)
    expect(plan.carryOver).toContain('tin-tuc/tin-30/')
    expect(plan.carryOver).toContain('tin-tuc/trang/2/')
    expect(plan.carryOver).toContain('chu-de/chuyen-doi-so/trang/2/')
  })

  it('renders an old article that changed, and only the list page that shows it', () => {
    const plan = planIncremental(input({ changedArticles: new Set(['25']) }))
    expect([...plan.articles]).toEqual(['tin-25'])
    expect([...plan.lists.get('tin-tuc')!]).toEqual([3]) // articles 25–30 are on page 3 (12 a page)
    expect([...plan.lists.get('chu-de/chat-luong-giao-duc')!]).toEqual([2]) // 25 is the 13th of its theme
    expect(plan.lists.get('chu-de/chuyen-doi-so')!.size).toBe(0)
  })

  it('renders the pages whose related list shows a changed article', () => {
    const plan = planIncremental(input({ changedArticles: new Set(['1']) }))
    // article 1 is the newest of its theme: every article of that theme lists it among its 3 related
    expect(plan.articles.size).toBe(15)
    expect(plan.articles.has('tin-2')).toBe(false)
  })

  it('renders every later list page when a deletion shifts the lists', () => {
    const now = make().filter((a) => a.id !== 3)
    const plan = planIncremental(input({ articles: now, changedArticles: new Set(['3']) }))
    expect([...plan.lists.get('tin-tuc')!]).toEqual([2, 3])
    expect(plan.carryOver).not.toContain('tin-tuc/tin-3/')
  })

  it('renders a page the previous build does not have', () => {
    const plan = planIncremental(input({ inPrevious: (href) => href !== 'tin-tuc/tin-20/' }))
    expect([...plan.articles]).toEqual(['tin-20'])
  })
})
