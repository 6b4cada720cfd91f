import fs from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium, the whole browser (Lighthouse: scripts/lighthouse.ts). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * What the e2e files drive: Debian's headless shell of the same Chromium (package chromium-headless-shell, what
 * Playwright itself runs headless by default) when it is installed and CHROMIUM_PATH does not choose another.
 * The same three e2e files took 81 CPU-seconds of Chromium in it against 136 in the whole browser (145 s → 120 s).
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'
export const TEST_BROWSER_PATH = process.env.CHROMIUM_PATH || (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH)

/** Headless, and no background traffic to any outside host (also used by scripts/lighthouse.ts). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Debian's Chromium, headless (TEST_BROWSER_PATH). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: TEST_BROWSER_PATH, args: CHROMIUM_FLAGS })
}

/** Records every request the page makes to a host other than the server's own (the site must make none). */
export function outsideRequests(page: Page, ownUrl: string): string[] {
  const outside: string[] = []
  const own = new URL(ownUrl).host
  page.on('request', (req) => {
    const u = new URL(req.url())
    if (u.protocol.startsWith('http') && u.host !== own) outside.push(req.url())
  })
  return outside
}

/**
 * What a browser sends with each request of its own (fetch, navigation); Playwright's API requests (page.request) do
 * not, and without Origin or Sec-Fetch-Site Payload ignores the login cookie (its CSRF check).
 */
export const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' } as const
