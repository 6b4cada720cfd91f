import http from 'node:http'
import compression from 'compression'
import express, { type ErrorRequestHandler } from 'express'
import next from 'next'
import type { Payload } from 'payload'
import { CMS_DIR, MEDIA_DIR } from '../utilities/paths'
import { config } from '@gd/shared/config'
import { HEALTH_PATH, READY_PATH } from '@gd/shared/public-routes'
import { keepConnectionsAlive } from './keep-alive'
import { serverEnv, type ServerEnv } from './env'
import { publicFormRouters } from './forms'
import { previewRouter } from './preview-route'
import { healthz } from './healthz'
import { readyz } from './readyz'
import { requestLog } from './request-log'
import { authRateLimits } from './auth-rate-limit'
import { resetRequestTime } from './reset-request-time'
import { firstAdministratorAtInstallOnly } from './first-administrator'
import { versionsWhereKept } from './versions-where-kept'
import { sessionChangesInTurn } from './session-changes-in-turn'
import { notFound, siteFilesFirst, siteHelmet, staticSite } from './static-site'
import { rejectOversizedUpload } from './upload-limit'
import { rejectMalformedRequest } from './malformed-request'
import { securityHeaders } from './security-headers'
import { installCoordinator } from '../site-build/coordinator'
import { drain as drainIntake } from '../collections/Feedback/intake'
import { syncWritesSoon } from '../db'

export interface RunningServer {
  url: string
  server: http.Server
  close(): Promise<void>
}

/** What Next (Payload's admin and REST API) answers; everything else is ours. */
const NEXT_PATHS = /^\/(?:admin|api|_next)(?:\/|$)/

/** Payload's admin in Vietnamese unless the user chose another language (the payload-lng cookie). */
const vietnameseAdminByDefault = (req: http.IncomingMessage) => {
  if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'vi'
}

const lastResort: ErrorRequestHandler = (err, req, res, _next) => {
  console.error(`[server] ${req.method} ${req.originalUrl}:`, err)
  if (res.headersSent) return
  res.status(500).type('text/plain; charset=utf-8').send('Đã có lỗi ở máy chủ. Vui lòng thử lại sau.')
}

/**
 * One express 5 server for the whole product: health, public endpoints and the static site on our own routes;
 * /admin, /api and Next's assets handed to Next (Payload). Body parsers are mounted only on our routes.
 */
export async function startServer(payload: Payload, env: ServerEnv = serverEnv()): Promise<RunningServer> {
  config() // a bad environment variable stops the start with a Vietnamese message naming it
  const nextApp = next({ dev: false, dir: CMS_DIR, hostname: 'localhost', port: env.port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  let selfUrl = `http://127.0.0.1:${env.port}`
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.trustProxy)
  app.use(requestLog)
  app.use(securityHeaders)
  const siteFiles = siteFilesFirst(env.siteMemoryBytes)
  app.use(siteFiles.middleware)

  app.get(HEALTH_PATH, healthz(payload))
  app.get(READY_PATH, readyz(payload))
  app.use('/media', express.static(MEDIA_DIR, { maxAge: '7d', index: false }))
  app.use(authRateLimits(payload))
  app.use(resetRequestTime())
  app.use(firstAdministratorAtInstallOnly())
  app.use(versionsWhereKept(payload))
  app.use(sessionChangesInTurn())
  app.use((req, res, nextFn) => {
    if (!NEXT_PATHS.test(req.path)) return nextFn()
    vietnameseAdminByDefault(req)
    if (rejectMalformedRequest(req, res) || rejectOversizedUpload(req, res)) return
    return handle(req, res)
  })
  // our own responses (the site, forms, previews) are compressed; Next compresses its own
  app.use(compression())
  app.use(siteHelmet)
  for (const router of publicFormRouters(payload, env)) app.use(router)
  app.use(previewRouter(payload, () => selfUrl))
  app.use(staticSite())
  app.use(notFound)
  app.use(lastResort)

  // a file of the site already in memory is answered before express (./static-site.ts: siteFilesFirst)
  const server = http.createServer((req, res) => siteFiles.answerAtOnce(req, res) || void app(req, res))
  keepConnectionsAlive(server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(env.port, env.host, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.port
  selfUrl = `http://127.0.0.1:${port}`
  // the server rebuilds the public site itself whenever public content changes (SITE_REBUILD=off turns it off)
  if (config().SITE_REBUILD !== 'off') installCoordinator(payload, selfUrl)
  // submissions queued before a crash or a stop, and any whose store failed, are stored (../collections/Feedback/intake.ts)
  void drainIntake(payload)
  const drainTimer = setInterval(() => void drainIntake(payload), 60_000).unref()
  // what this process's writes commit is on the disk within a fraction of a second (SQLite; ../db.ts)
  const stopSyncing = syncWritesSoon(payload)
  return {
    url: `http://localhost:${port}`,
    server,
    async close() {
      clearInterval(drainTimer)
      stopSyncing()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await nextApp.close().catch(() => undefined)
    },
  }
}
