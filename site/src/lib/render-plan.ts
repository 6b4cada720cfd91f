/**
 * Which pages an incremental build renders again, and which it carries over unchanged from the live build.
 * Pure: it compares the content before and after the sync (both newest first) and the ids that changed.
 * - a detail page is rendered when its doc changed, or when its "related" list shows a changed doc (before or after);
 * - a later list page (…/trang/<n>/) is rendered when it shows a changed doc, when its docs or their order differ,
 *   or when the number of pages changed (the pager shows it); page 1 of every list is always rendered;
 * - anything not in the previous build is rendered.
 */
import { articlesInTheme, relatedArticles } from './content.ts'
import { paginate } from './paginate.ts'
import type { Article, Exemplar } from './types.ts'

export interface IncrementalInput {
  articles: Article[]
  oldArticles: Article[]
  changedArticles: Set<string>
  exemplars: Exemplar[]
  oldExemplars: Exemplar[]
  changedExemplars: Set<string>
  themeSlugs: string[]
  articleHref: (slug: string) => string
  exemplarHref: (slug: string) => string
  /** Whether the previous build has the page (site-relative folder, e.g. "tin-tuc/abc/"). */
  inPrevious: (href: string) => boolean
}

export interface IncrementalPlan {
  articles: Set<string>
  exemplars: Set<string>
  /** Page numbers (≥ 2) to render per list: "tin-tuc", "nguoi-tot-viec-tot", "chu-de/<slug>". */
  lists: Map<string, Set<number>>
  carryOver: string[]
  rendered: number
}

const ids = (list: { id: unknown }[]) => list.map((d) => String(d.id))

export function planIncremental(input: IncrementalInput): IncrementalPlan {
  const { articles, oldArticles, changedArticles, exemplars, changedExemplars, inPrevious } = input
  const plan: IncrementalPlan = { articles: new Set(), exemplars: new Set(), lists: new Map(), carryOver: [], rendered: 0 }
  const touches = (list: Article[]) => list.some((r) => changedArticles.has(String(r.id)))
  const oldById = new Map(oldArticles.map((o) => [o.id, o]))

  for (const article of articles) {
    const before = oldById.get(article.id)
    const href = input.articleHref(article.slug).slice(1)
    const render =
      changedArticles.has(String(article.id)) ||
      touches(relatedArticles(articles, article)) ||
      (before !== undefined && touches(relatedArticles(oldArticles, before))) ||
      !inPrevious(href)
    if (render) plan.articles.add(article.slug)
    else plan.carryOver.push(href)
  }
  for (const exemplar of exemplars) {
    const href = input.exemplarHref(exemplar.slug).slice(1)
    if (changedExemplars.has(String(exemplar.id)) || !inPrevious(href)) plan.exemplars.add(exemplar.slug)
    else plan.carryOver.push(href)
  }

  const list = (key: string, now: { id: unknown }[], before: { id: unknown }[], changed: Set<string>) => {
    const pagesNow = paginate(now)
    const pagesBefore = paginate(before)
    const render = new Set<number>()
    for (const page of pagesNow.slice(1)) {
      const old = pagesBefore[page.page - 1]
      const href = `${key}/trang/${page.page}/`
      const same =
        pagesNow.length === pagesBefore.length &&
        old !== undefined &&
        ids(old.items).join() === ids(page.items).join() &&
        !page.items.some((d) => changed.has(String(d.id)))
      if (same && inPrevious(href)) plan.carryOver.push(href)
      else render.add(page.page)
    }
    plan.lists.set(key, render)
  }
  list('tin-tuc', articles, oldArticles, changedArticles)
  list('nguoi-tot-viec-tot', exemplars, input.oldExemplars, changedExemplars)
  for (const slug of input.themeSlugs) {
    list(`chu-de/${slug}`, articlesInTheme(articles, slug), articlesInTheme(oldArticles, slug), changedArticles)
  }
  plan.rendered = plan.articles.size + plan.exemplars.size + [...plan.lists.values()].reduce((n, s) => n + s.size, 0)
  return plan
}
