/**
 * The search page's only script. The query is folded with the same foldVietnamese the pages were indexed with
 * (see lib/search-text.ts), then sent to Pagefind, narrowed to one kind of page when ?loai= names one
 * (lib/search-kinds.ts: the Pagefind filter `kind`). Results show the original title and summary from meta.
 */
import { foldVietnamese } from '@gd/shared/text'
import { SEARCH_KINDS, type SearchKind } from '../lib/search-kinds.ts'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}
interface Pagefind {
  init?: () => Promise<void>
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] }>
  filters?: () => Promise<Record<string, Record<string, number>>>
}

const MAX_RESULTS = 30
const PAGEFIND_URL = '/pagefind/pagefind.js'

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

let pagefindPromise: Promise<Pagefind> | undefined
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
    await pagefind.init?.()
    return pagefind
  })()
  return pagefindPromise
}

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
  input.value = query
  if (select && isKind(kindParam)) select.value = kindParam
  if (!query) {
    void loadPagefind().then((p) => p.filters?.()).then((f) => pruneKinds(select, f?.kind), () => undefined)
    return
  }
  document.title = `Tìm kiếm: ${query} – ${document.title}`
  const folded = foldVietnamese(query)
  status.textContent = 'Đang tìm…'
  try {
    const pagefind = await loadPagefind()
    const [{ results }, filters] = await Promise.all([
      pagefind.search(folded, kind ? { filters: { kind } } : {}),
      pagefind.filters?.().catch(() => undefined),
    ])
    pruneKinds(select, filters?.kind)
    const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()))
    list.replaceChildren(
      ...shown.map((data) => {
        const item = el('li', undefined, 'search-results__item')
        const heading = el('h2', undefined, 'search-results__title')
        const link = el('a', data.meta.title ?? data.url)
        link.href = data.url
        heading.append(link)
        item.append(heading)
        if (data.meta.type) item.append(el('p', data.meta.type, 'meta'))
        item.append(el('p', data.meta.summary ?? excerptText(data.excerpt)))
        return item
      }),
    )
    const where = kind ? ` trong mục ${kind}` : ''
    status.textContent =
      results.length === 0
        ? `Không tìm thấy kết quả nào cho “${query}”${where}. Hãy thử từ khóa khác hoặc ngắn hơn${kind ? ', hoặc chọn “Tất cả”' : ''}.`
        : `Tìm thấy ${results.length} kết quả cho “${query}”${where}${results.length > MAX_RESULTS ? `, hiển thị ${MAX_RESULTS} kết quả đầu` : ''}.`
  } catch {
    status.textContent = 'Chưa tải được chức năng tìm kiếm. Vui lòng thử lại sau.'
  }
}
