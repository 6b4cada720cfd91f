import { type Browser, chromium, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

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

/** Debian's Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
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
