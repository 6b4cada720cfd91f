import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const [url, out, w, h, full] = process.argv.slice(2)
const page = await b.newPage({ viewport: { width: Number(w), height: Number(h) } })
await page.goto(url, { waitUntil: 'load' })
await page.screenshot({ path: out, fullPage: full === 'full' })
await b.close()
