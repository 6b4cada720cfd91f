/**
 * Benchmark (prints numbers; not a test): the incremental build's render plan and the article pages' related lists
 * on a generated archive, some of whose articles have no theme left (as after a theme was deleted), where "related" finds
 * nothing and a scan of the whole list would go to its end for each of them.
 *   node --import tsx/esm scripts/bench/render-plan.ts [articles=20000] [percent without a theme=30]
 * Ends with one JSON line: articles, withoutThemePercent, planS, relatedS (every article's related list).
 */
import { relatedArticles } from '../../site/src/lib/content.ts'
import { planIncremental } from '../../site/src/lib/render-plan.ts'
import type { Article } from '../../site/src/lib/types.ts'

const articles = Number(process.argv[2] ?? 20_000)
const withoutThemePercent = Number(process.argv[3] ?? 30)
const THEMES = 10

/** The archive, newest first: article i in theme i mod 10, or (a spread-out share of them) in none. */
const archive = (): Article[] =>
  Array.from({ length: articles }, (_, i) => ({
    id: i + 1,
    slug: `tin-${i + 1}`,
    title: `Tin ${i + 1}`,
    themes: (i * 7919) % 100 < withoutThemePercent ? [] : [{ id: i % THEMES, slug: `chu-de-${i % THEMES}`, name: '' }],
  })) as unknown as Article[]

const now = archive()
const before = archive()
let t0 = performance.now()
const plan = planIncremental({
  articles: now,
  oldArticles: before,
  changedArticles: new Set([String(Math.ceil(articles / 2))]),
  exemplars: [],
  oldExemplars: [],
  changedExemplars: new Set(),
  themeSlugs: Array.from({ length: THEMES }, (_, i) => `chu-de-${i}`),
  articleHref: (slug) => `/tin-tuc/${slug}/`,
  exemplarHref: (slug) => `/nguoi-tot-viec-tot/${slug}/`,
  inPrevious: () => true,
})
const planS = Number(((performance.now() - t0) / 1000).toFixed(3))
t0 = performance.now()
let shown = 0
for (const article of now) shown += relatedArticles(now, article).length
const relatedS = Number(((performance.now() - t0) / 1000).toFixed(3))

console.log(`${articles} tin, ${withoutThemePercent} % không còn chủ đề`)
console.log(`  kế hoạch build lại một tin: ${planS} s (${plan.rendered} trang dựng lại, ${plan.carryOver.length} trang giữ)`)
console.log(`  tin liên quan của mọi trang tin: ${relatedS} s (${shown} mục)`)
console.log(JSON.stringify({ articles, withoutThemePercent, planS, relatedS }))
