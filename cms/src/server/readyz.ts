import fs from 'node:fs/promises'
import path from 'node:path'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { SITE_DIST } from '../utilities/paths'

/**
 * Ready to serve: the database answers and a built public site is live (SITE_DIST/index.html). The last build's
 * state is reported but does not make the server unready: a failed build leaves the previous site live.
 * 200 when ready, 503 otherwise (with the reason in Vietnamese).
 */
export const readyz =
  (payload: Payload): RequestHandler =>
  async (_req, res) => {
    let database: 'ok' | 'error' = 'ok'
    let build: { status?: string | null; lastSuccessAt?: string | null } = {}
    try {
      await payload.count({ collection: 'themes', overrideAccess: true })
      build = await payload.findGlobal({ slug: 'site-build', overrideAccess: true, depth: 0 })
    } catch (err) {
      database = 'error'
      payload.logger.error({ err, msg: 'readyz: database did not answer' })
    }
    const site = (await fs.stat(path.join(SITE_DIST, 'index.html')).catch(() => null)) ? 'live' : 'missing'
    const ready = database === 'ok' && site === 'live'
    const message = database !== 'ok' ? 'Cơ sở dữ liệu không phản hồi.' : site !== 'live' ? 'Trang công khai chưa được build.' : undefined
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: ready ? 'ok' : 'error',
        ...(message ? { message } : {}),
        database,
        site,
        build: { status: build.status ?? null, lastSuccessAt: build.lastSuccessAt ?? null },
      })
  }
