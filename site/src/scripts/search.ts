/**
 * The search page's only script. The query is folded with the same foldVietnamese the pages were indexed with
 * (see lib/search-text.ts), then sent to Pagefind. Results show the original title and summary from meta.
 */
import { foldVietnamese } from '@gd/shared/text'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}
interface Pagefind {
  init?: () => Promise<void>
  search: (term: string) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] }>
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

export async function runSearchPage(): Promise<void> {
  const input = document.getElementById('q') as HTMLInputElement | null
  const status = document.getElementById('search-status')
  const list = document.getElementById('search-results')
  if (!input || !status || !list) return
  const query = (new URLSearchParams(location.search).get('q') ?? '').trim()
  input.value = query
  if (!query) return
  document.title = `Tìm kiếm: ${query} – ${document.title}`
  const folded = foldVietnamese(query)
  status.textContent = 'Đang tìm…'
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
    await pagefind.init?.()
    const { results } = await pagefind.search(folded)
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
    status.textContent =
      results.length === 0
        ? `Không tìm thấy kết quả nào cho “${query}”. Hãy thử từ khóa khác hoặc ngắn hơn.`
        : `Tìm thấy ${results.length} kết quả cho “${query}”${results.length > MAX_RESULTS ? `, hiển thị ${MAX_RESULTS} kết quả đầu` : ''}.`
  } catch {
    status.textContent = 'Chưa tải được chức năng tìm kiếm. Vui lòng thử lại sau.'
  }
}
