import { config } from '@gd/shared/config'
import { processWide, processWideIfAny } from '@gd/shared/process-wide'
import type { Payload } from 'payload'
import { withLease } from '../coordination/lease'
import { warmAstro } from './astro'
import { buildAndPublish, type BuildMode, type BuildResult, SiteBuildError } from './build'

/** The lease (../coordination/lease.ts) that lets one CMS process at a time build, across processes. */
export const SITE_BUILD_LEASE = 'site-build'

export interface RebuildRequest {
  reason: string
  full?: boolean
}

/**
 * Turns content changes into site builds: a burst of changes is coalesced (debounced), one build runs at a time,
 * and a change that arrives during a build triggers exactly one more build after it. Status and failures are
 * written to the `site-build` global, which admins see in the admin. Across CMS processes on one database, a build
 * first takes the `site-build` lease (one builder at a time; a wait is logged and shown), so a change made through
 * any process is built once, by that process, never alongside another build.
 */
export class SiteBuildCoordinator {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private pending: { reasons: string[]; full: boolean } | null = null
  private idleWaiters: (() => void)[] = []
  readonly history: { result?: BuildResult; error?: string; reasons: string[] }[] = []

  constructor(
    private readonly payload: Payload,
    private readonly cmsUrl: string,
    private readonly debounceMs: number,
  ) {}

  request({ reason, full = false }: RebuildRequest): void {
    this.pending = { reasons: [...(this.pending?.reasons ?? []), reason].slice(-20), full: full || (this.pending?.full ?? false) }
    if (this.running) return // picked up when the running build ends
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.runNext(), this.debounceMs)
  }

  get busy(): boolean {
    return Boolean(this.timer || this.running || this.pending)
  }

  /** Resolves when no build is running, scheduled or pending. */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private async runNext(): Promise<void> {
    this.timer = null
    if (this.running || !this.pending) return
    const job = this.pending
    this.pending = null
    this.running = this.build(job.reasons, job.full ? 'full' : 'incremental')
    await this.running
    this.running = null
    if (this.pending) {
      this.timer = setTimeout(() => void this.runNext(), this.debounceMs)
    } else {
      for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }

  private async build(reasons: string[], mode: BuildMode): Promise<void> {
    const trigger = reasons.join(', ').slice(0, 500)
    // a wait is shown in the admin (the site-build global) and in the server's log
    const onWait = (message: string) => {
      this.payload.logger.warn(`Build trang công khai: ${message}`)
      void this.status({ status: 'dang-build', logTail: message })
    }
    try {
      const result = await withLease(
        this.payload,
        SITE_BUILD_LEASE,
        async () => {
          await this.status({ status: 'dang-build', startedAt: new Date().toISOString(), trigger, mode })
          this.payload.logger.info(`Bắt đầu build trang công khai (${mode}): ${trigger}`)
          return buildAndPublish(this.cmsUrl, mode, onWait)
        },
        { onWait },
      )
      this.history.push({ result, reasons })
      await this.status({
        status: 'thanh-cong',
        finishedAt: new Date().toISOString(),
        lastSuccessAt: new Date().toISOString(),
        durationSeconds: Math.round(result.seconds * 10) / 10,
        mode: result.mode,
        pagesRendered: result.rendered ?? null,
        pagesReused: result.reused ?? null,
        logTail: result.log.slice(-3000),
      })
      this.payload.logger.info(`Đã build trang công khai (${result.mode}) trong ${result.seconds.toFixed(1)} giây: ${trigger}`)
    } catch (err) {
      const log = err instanceof SiteBuildError ? err.log : ''
      const message = err instanceof Error ? err.message : String(err)
      this.history.push({ error: message, reasons })
      this.payload.logger.error(`Build trang công khai thất bại (${message}); trang đang chạy được giữ nguyên.`)
      await this.status({
        status: 'that-bai',
        finishedAt: new Date().toISOString(),
        logTail: `${message}\n${log}`.slice(-6000),
      })
    }
    // the next build's Astro process, loaded while the site is idle (./astro.ts)
    warmAstro()
  }

  private async status(data: Record<string, unknown>): Promise<void> {
    try {
      await this.payload.updateGlobal({ slug: 'site-build', data, overrideAccess: true, context: { skipRebuild: true } })
    } catch (err) {
      this.payload.logger.error({ err, msg: 'Không ghi được trạng thái build' })
    }
  }
}

/**
 * The one coordinator of this process. Next's bundle and the express code may each load this module; the
 * instance lives on globalThis so both reach the same one (and only the server creates it).
 */
export function installCoordinator(payload: Payload, cmsUrl: string): SiteBuildCoordinator {
  return processWide('siteBuildCoordinator', () => new SiteBuildCoordinator(payload, cmsUrl, config().SITE_REBUILD_DEBOUNCE_MS))
}

export function coordinator(): SiteBuildCoordinator | undefined {
  return processWideIfAny<SiteBuildCoordinator>('siteBuildCoordinator')
}

/** Asks for a rebuild if this process serves the site with automatic rebuilds on; a no-op otherwise. */
export function requestSiteRebuild(request: RebuildRequest): void {
  coordinator()?.request(request)
}
