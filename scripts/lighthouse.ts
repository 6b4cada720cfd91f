/**
 * `npm run lighthouse [base-url | --own]`: Lighthouse (mobile, its default) in Debian's Chromium on the home page,
 * one article, the feedback form and the documents library, printing the four category scores per page.
 * Each page is measured LIGHTHOUSE_RUNS times (5 unless set) and the scores are those of Lighthouse's own median run
 * (`computeMedianRun`, the run nearest the median first paint and time to interactive, as Lighthouse CI reports), with
 * the lowest and highest performance score beside them: on these two cores one page's score moves by up to ten points
 * between runs (the home page 90–100, its total blocking time 60–400 ms, measured here), so one run says little.
 *
 * Target: the argument, else LIGHTHOUSE_URL, else http://localhost:3000 when it answers /healthz (`npm start`);
 * when nothing answers there (or with --own), the whole product is started on a fresh data folder and a free port,
 * exactly as the tests start it, and stopped afterwards. Chromium: CHROME_PATH, else CHROMIUM_PATH, else /usr/bin/chromium.
 * Nothing is sent to any other host (the site makes no third-party request; Chromium runs without background
 * networking).
 */
import fs from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { freshDataDir } from '../tests/helpers/env.ts'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/helpers/browser.ts'
import { freePort, startProduct, type TestServer } from '../tests/helpers/server.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const CHROME_FLAGS = CHROMIUM_FLAGS
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 5)
const RETRIES = 5

async function healthy(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(3000) })).ok
  } catch {
    return false
  }
}

/** The first article linked from the news list. */
async function firstArticle(base: string): Promise<string> {
  const html = await (await fetch(`${base}/tin-tuc/`)).text()
  const main = html.slice(html.indexOf('<main'))
  const href = /href="(\/tin-tuc\/(?!trang\/)[^"/]+\/)"/.exec(main)?.[1]
  if (!href) throw new Error('Không tìm thấy tin bài nào trên /tin-tuc/.')
  return href
}

let product: TestServer | undefined
let dataDir: string | undefined
const own = process.argv.includes('--own')
const given = process.argv.slice(2).find((a) => !a.startsWith('--')) || process.env.LIGHTHOUSE_URL
let base = (given || 'http://localhost:3000').replace(/\/+$/, '')
if (own || !(await healthy(base))) {
  if (given && !own) throw new Error(`${base} không trả lời /healthz.`)
  console.log(`${own ? 'Theo yêu cầu (--own)' : `${base} chưa chạy`}; khởi động sản phẩm trên một thư mục dữ liệu tạm (vài phút)…`)
  dataDir = freshDataDir('lighthouse')
  // its own public origin, so canonical URLs and the sitemap point where Lighthouse reads the pages
  const port = await freePort()
  base = `http://localhost:${port}`
  product = await startProduct(dataDir, { PORT: String(port), PUBLIC_URL: base })
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || CHROMIUM_PATH,
  chromeFlags: CHROME_FLAGS,
})
const rows: Record<string, string | number>[] = []
try {
  const pages = [
    { name: 'Trang chủ', path: '/' },
    { name: 'Tin bài', path: await firstArticle(base) },
    { name: 'Góp ý', path: '/gop-y/' },
    { name: 'Văn bản', path: '/van-ban/' },
  ]
  for (const page of pages) {
    const runs = []
    // a run whose trace Chromium recorded without its start (NO_NAVSTART, "Please run Lighthouse again") is run again,
    // up to RETRIES times in all for the page
    let retries = RETRIES
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${base}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!result) throw new Error(`Lighthouse không trả kết quả cho ${page.path}`)
      const error = result.lhr.runtimeError
      if (error?.code === 'NO_NAVSTART' && retries-- > 0) {
        console.log(`  ${page.name}: lần đo không ghi được (${error.code}), đo lại`)
        i--
        continue
      }
      if (error) throw new Error(`Lighthouse lỗi trên ${page.path}: ${error.message}`)
      runs.push(result.lhr)
    }
    const lhr = computeMedianRun(runs) as (typeof runs)[number]
    const performanceScores = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100))
    const row: Record<string, string | number> = { trang: page.name, 'địa chỉ': page.path }
    for (const c of CATEGORIES) row[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100)
    row['performance (thấp–cao)'] = `${Math.min(...performanceScores)}–${Math.max(...performanceScores)}`
    rows.push(row)
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`)
    if (failing.length) console.log(`  ${page.name}: mục dưới 90 điểm: ${failing.join(', ')}`)
    // which elements fail an accessibility audit
    for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.score >= 1) continue
      const items = ((audit.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? []).slice(
        0,
        5,
      )
      for (const item of items) console.log(`    ${ref.id}: ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`)
    }
  }
} finally {
  chrome.kill()
  await product?.stop()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}
console.log(`\nLighthouse (di động) trên ${base}: lần đo giữa của ${RUNS} lần mỗi trang`)
console.table(rows)
