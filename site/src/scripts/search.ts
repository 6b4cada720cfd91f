/**
 * The search page's only script. The query is folded with the same foldVietnamese the pages were indexed with
 * (see lib/search-text.ts), then sent to Pagefind, narrowed to one kind of page when ?loai= names one
 * (lib/search-kinds.ts: the Pagefind filter `kind`) and to one theme when ?chu-de= names one offered on the page (the
 * filter `theme`). Results show the original title, kind, date and summary from
 * meta, PAGE_SIZE a page; every result is reachable through the page links below the list (?trang=n, plain links).
 */
import { QA_ENTRY_ID_PREFIX } from '@gd/shared/qa'
import {
  currentResults,
  type OpenedIndex,
  openSearchIndex,
  type PagefindModule,
  partFilter,
  stillLive,
  SEARCH_MAIN_DIR,
} from '@gd/shared/search-index'
import { foldVietnamese } from '@gd/shared/text'
import { SEARCH_KINDS, SEARCH_THEME_FILTER, SEARCH_THEME_PARAM, type SearchKind } from '../lib/search-kinds.ts'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  sub_results?: { title: string; url: string; anchor?: { id: string } }[]
}

interface ShownResult {
  title: string
  url: string
  type?: string
  date?: string
  summary: string
}

/**
 * One line per page, except the Q&A page (all entries on one page): each matching entry is its own line,
 * titled by its question and linking to its anchor (/hoi-dap/#hoi-dap-12).
 */
function shownResults(data: PagefindResultData): ShownResult[] {
  const page = {
    title: data.meta.title ?? data.url,
    url: data.url,
    type: data.meta.type,
    date: data.meta.date,
    summary: data.meta.summary ?? excerptText(data.excerpt),
  }
  if (data.meta.type !== SEARCH_KINDS.qa) return [page]
  const entries = (data.sub_results ?? []).filter((sub) => sub.anchor?.id.startsWith(QA_ENTRY_ID_PREFIX))
  if (entries.length === 0) return [page]
  return entries.map((sub) => ({ title: sub.title, url: sub.url, type: data.meta.type, summary: '' }))
}
interface Pagefind extends PagefindModule {
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] }>
  filters?: () => Promise<Record<string, Record<string, number>>>
  destroy?: () => Promise<void>
}

const PAGE_SIZE = 20
const PAGEFIND_URL = `/${SEARCH_MAIN_DIR}/pagefind.js`

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text) node.textContent = text
  if (className) node.className = className
  return node
}

/** Pagefind's excerpt as plain text (it may come from the folded copy; used only when a page has no summary). */
function excerptText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.body.textContent ?? ''
}

const isKind = (value: string | null): value is SearchKind => !!value && Object.hasOwn(SEARCH_KINDS, value)

/** Drops the choices of kinds that no indexed page has (e.g. no document published yet). */
function pruneKinds(select: HTMLSelectElement | null, counts: Record<string, number> | undefined): void {
  if (!select || !counts) return
  for (const option of [...select.options]) {
    const label = option.dataset.kind
    if (label && !counts[label] && !option.selected) option.remove()
  }
}

/** Pagefind with both parts of the site's index (shared/src/search-index.ts), loaded once. */
let pagefindPromise: Promise<OpenedIndex<Pagefind>> | undefined
function loadPagefind(): Promise<OpenedIndex<Pagefind>> {
  pagefindPromise ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then((pagefind) => openSearchIndex(pagefind))
  return pagefindPromise
}

/** Forgets the index loaded (Pagefind's own state with it): the next loadPagefind() opens the live build's. */
async function reopenPagefind(): Promise<void> {
  const opened = pagefindPromise
  pagefindPromise = undefined
  await opened?.then(({ pagefind }) => pagefind.destroy?.()).catch(() => undefined)
}

/** Links to every page of results (the page's own URL with ?trang=n), marked like the site's other pagination. */
function pageLinks(params: URLSearchParams, current: number, count: number): HTMLElement {
  const nav = el('nav', undefined, 'pagination')
  nav.setAttribute('aria-label', 'Các trang kết quả')
  if (count <= 1) return nav
  const href = (n: number) => {
    const next = new URLSearchParams(params)
    if (n === 1) next.delete('trang')
    else next.set('trang', String(n))
    return `?${next.toString()}`
  }
  const items: HTMLElement[] = []
  const add = (n: number, text: string, label?: string) => {
    const li = el('li')
    const a = el('a', text)
    a.href = href(n)
    if (label) a.setAttribute('aria-label', label)
    if (n === current && !label) a.setAttribute('aria-current', 'page')
    li.append(a)
    items.push(li)
  }
  if (current > 1) add(current - 1, '‹ Trước', `Trang trước (trang ${current - 1})`)
  for (let n = 1; n <= count; n++) add(n, String(n))
  if (current < count) add(current + 1, 'Sau ›', `Trang sau (trang ${current + 1})`)
  const list = el('ul', undefined, 'pagination__list')
  list.append(...items)
  nav.append(list)
  return nav
}

/** How many times a search opens the live index before it says it could not (see runSearchPage). */
const SEARCH_TRIES = 3

export async function runSearchPage(): Promise<void> {
  const input = document.getElementById('q') as HTMLInputElement | null
  const status = document.getElementById('search-status')
  const list = document.getElementById('search-results')
  if (!input || !status || !list) return
  const select = document.getElementById('loai') as HTMLSelectElement | null
  const params = new URLSearchParams(location.search)
  const query = (params.get('q') ?? '').trim()
  const kindParam = params.get('loai')
  const kind = isKind(kindParam) ? SEARCH_KINDS[kindParam] : null
  const themeSelect = document.getElementById(SEARCH_THEME_PARAM) as HTMLSelectElement | null
  const themeOption = [...(themeSelect?.options ?? [])].find((o) => o.value && o.value === params.get(SEARCH_THEME_PARAM))
  const theme = themeOption ? { slug: themeOption.value, name: themeOption.text } : null
  input.value = query
  if (select && isKind(kindParam)) select.value = kindParam
  if (themeSelect && theme) themeSelect.value = theme.slug
  if (!query) {
    void loadPagefind()
      .then(({ pagefind }) => pagefind.filters?.())
      .then(
        (f) => pruneKinds(select, f?.kind),
        () => undefined,
      )
    return
  }
  document.title = `Tìm kiếm: ${query} – ${document.title}`
  const folded = foldVietnamese(query)
  status.textContent = 'Đang tìm…'
  // a build that went live while this page loaded the index (a whole new index: other file names) fails that try; the
  // index is then opened again from the live build, up to twice (while editors publish, builds go live one after
  // another: an e2e run on the shared product once saw the second try fail as well)
  for (let attempt = 1; attempt <= SEARCH_TRIES; attempt++) {
    try {
      const index = await loadPagefind()
      const { pagefind } = index
      const [found, filters] = await Promise.all([
        pagefind.search(folded, {
          filters: {
            ...(kind ? { kind } : {}),
            ...(theme ? { [SEARCH_THEME_FILTER]: theme.slug } : {}),
            ...partFilter(folded, index),
          },
        }),
        pagefind.filters?.().catch(() => undefined),
      ])
      // parts of an index replaced meanwhile are missing from its answer: opened again and asked again
      if (attempt < SEARCH_TRIES && !(await stillLive(index))) throw new Error('chỉ mục tìm kiếm đã được thay')
      pruneKinds(select, filters?.kind)
      const results = currentResults(found.results, index.replaced)
      const pageCount = Math.max(1, Math.ceil(results.length / PAGE_SIZE))
      const pageNumber = Math.min(pageCount, Math.max(1, Number.parseInt(params.get('trang') ?? '1', 10) || 1))
      const first = (pageNumber - 1) * PAGE_SIZE
      const pages = await Promise.all(results.slice(first, first + PAGE_SIZE).map((r) => r.data()))
      const shown = pages.flatMap(shownResults)
      list.replaceChildren(
        ...shown.map((result) => {
          const item = el('li', undefined, 'search-results__item')
          const heading = el('h2', undefined, 'search-results__title')
          const link = el('a', result.title)
          link.href = result.url
          heading.append(link)
          item.append(heading)
          const facts = el('p', undefined, 'search-results__facts')
          if (result.type) facts.append(el('span', result.type, 'meta'))
          if (result.date) facts.append(`${result.type ? ' · ngày' : 'Ngày'} ${result.date}`)
          if (facts.childNodes.length > 0) item.append(facts)
          if (result.summary) item.append(el('p', result.summary))
          return item
        }),
      )
      if (list instanceof HTMLOListElement) list.start = first + 1
      const total = results.length - pages.length + shown.length
      const where = (kind ? ` trong mục ${kind}` : '') + (theme ? `, chủ đề “${theme.name}”` : '')
      status.textContent =
        total === 0
          ? `Không tìm thấy kết quả nào cho “${query}”${where}. Hãy thử từ khóa khác hoặc ngắn hơn${kind || theme ? ', hoặc chọn “Tất cả”' : ''}.`
          : `Tìm thấy ${total} kết quả cho “${query}”${where}${pageCount > 1 ? `; trang ${pageNumber}/${pageCount}` : ''}.`
      list.after(pageLinks(params, pageNumber, pageCount))
      return
    } catch {
      if (attempt < SEARCH_TRIES) await reopenPagefind()
      else status.textContent = 'Chưa tải được chức năng tìm kiếm. Vui lòng thử lại sau.'
    }
  }
}
