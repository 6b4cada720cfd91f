/**
 * The e2e project's globalSetup: ONE product, as `npm start` runs it (migrate, seed the demo content and accounts,
 * serve, build the public site with Pagefind), started once per run and shared by the e2e files that call
 * sharedProduct() (tests/e2e/page-types.ts). Booting it takes a minute or more; once per file it was most of the
 * suite's time.
 *
 * Files share its data, so a file that writes only adds what is its own (its feedback, its story, its Q&A, its
 * comment) and asserts only on that: no file asserts on what another adds. Rebuilds of the public site stay on (the
 * newsroom and feedback loop wait for theirs, 500 ms after a publish); a rebuild swaps the site in one rename, so a
 * file reading it meanwhile sees the old site or the new, never half of one.
 *
 * Every file comes from one address (127.0.0.1), so the per-IP limits of the public forms are raised here: what they
 * answer at the limit is tested in tests/integration/rate-limit.test.ts, not here.
 *
 * With E2E_BASE_URL set nothing is started: the files run against the product already running there.
 */
import fs from 'node:fs'
import type { TestProject } from 'vitest/node'
import { freshDataDir } from '../helpers/env'
import { startProduct } from '../helpers/server'

export interface SharedProduct {
  /** the server's origin, no trailing slash */
  url: string
  /** its data folder (SQLite file, media, built site); '' when E2E_BASE_URL points elsewhere */
  dataDir: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedProduct: SharedProduct
  }
}

export const SHARED_PRODUCT_ENV: Record<string, string> = {
  SITE_REBUILD_DEBOUNCE_MS: '500',
  FEEDBACK_RATE_PER_MINUTE: '1000',
  FEEDBACK_RATE_PER_DAY: '10000',
  LOOKUP_RATE_PER_MINUTE: '1000',
  LOOKUP_RATE_PER_DAY: '10000',
  RATING_RATE_PER_MINUTE: '1000',
  RATING_RATE_PER_DAY: '10000',
}

export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL?.replace(/\/+$/, '')
  if (external) {
    project.provide('sharedProduct', { url: external, dataDir: '' })
    return
  }
  const dataDir = freshDataDir('e2e-shared')
  const started = Date.now()
  const product = await startProduct(dataDir, SHARED_PRODUCT_ENV)
  console.log(`e2e: sản phẩm dùng chung sẵn sàng sau ${Math.round((Date.now() - started) / 1000)} s tại ${product.url}`)
  project.provide('sharedProduct', { url: product.url, dataDir })
  return async () => {
    await product.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
