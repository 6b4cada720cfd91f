import type http from 'node:http'
import path from 'node:path'
import express, { type RequestHandler, type Response, Router } from 'express'
import helmet from 'helmet'
import { CMS_PREFIXES, PROBE_PATHS, SERVER_PATHS, serverPathsPattern } from '@gd/shared/public-routes'
import { SITE_DIST } from '../utilities/paths'
import { notFoundPage } from './site-pages'
import { precompressed } from './precompressed'
import { cacheControlFor } from './static-cache'
import { SiteFilesInMemory } from './site-files-in-memory'
import { logRequest } from './request-log'
import { securityHeaders } from './security-headers'

/** Security headers for the public site: nothing may load from another host. */
export const siteHelmet = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'self'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
  // the same policy as every other response (security-headers.ts, deploy/nginx.conf)
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  // HSTS belongs to whatever terminates TLS (nginx in production), not to a server that may run on plain http
  strictTransportSecurity: false,
})

/**
 * The built static site at /, read from disk on each request so a new build is served at once: the compressed copy
 * the build wrote when the request accepts it (./precompressed.ts), else the file itself; the cache time by kind
 * (./static-cache.ts); ETag and Last-Modified, so a conditional request gets a 304.
 */
export function staticSite(): Router {
  const router = Router()
  const setCache = (res: Response, urlPath: string) => res.setHeader('Cache-Control', cacheControlFor(urlPath))
  router.use(precompressed(SITE_DIST, setCache))
  router.use(
    express.static(SITE_DIST, {
      redirect: true,
      setHeaders: (res, filePath) => setCache(res, filePath.split(path.sep).join('/')),
    }),
  )
  return router
}

/** The paths the server answers itself (forms, confirmations, probes, Payload, media, previews): never a file of the site. */
const SERVER_ANSWERS = new RegExp(
  [serverPathsPattern(SERVER_PATHS), ...PROBE_PATHS.map((p) => `^${p}$`), ...CMS_PREFIXES.map((p) => `^${p.slice(0, -1)}(?:/|$)`)].join(
    '|',
  ),
  'i',
)

/**
 * The headers securityHeaders (./security-headers.ts) and siteHelmet set on a page of the site, found once by running
 * them on a record of a response, as a flat list (name, value, name, value…) for res.writeHead.
 */
function siteHeaders(): string[] {
  const set = new Map<string, [string, string]>()
  const record = {
    setHeader: (name: string, value: unknown) => void set.set(name.toLowerCase(), [name, String(value)]),
    removeHeader: (name: string) => void set.delete(name.toLowerCase()),
    getHeader: (name: string) => set.get(name.toLowerCase())?.[1],
  }
  const [req, res] = [{ path: '/', method: 'GET', headers: {} }, record] as unknown as Parameters<RequestHandler>
  let done = false
  securityHeaders(req, res, () => void siteHelmet(req, res, () => (done = true)))
  if (!done) throw new Error('siteHeaders: the security headers did not finish at once')
  return [...set.values()].flat()
}

export interface SiteFilesFirst {
  /** the middleware, mounted first after the request log and securityHeaders */
  middleware: RequestHandler
  /**
   * Before express: answers a request for a file already in memory with the headers the middleware's path gives it,
   * logging it as requestLog does; answers false, having written nothing, for anything else.
   */
  answerAtOnce(req: http.IncomingMessage, res: http.ServerResponse): boolean
}

/**
 * The built site's files from memory (./site-files-in-memory.ts), mounted first, before anything that works per
 * request (rate limits, forms, Payload, Next, compression): what nginx serves as a file in production, with the
 * site's security headers. Any other path, and a file not kept in memory, goes on to the routes after it. A file
 * once answered from memory is answered before express itself (answerAtOnce): under load express's own routing, the
 * security headers set one by one and the request object cost about as much as answering.
 */
export function siteFilesFirst(maxBytes: number): SiteFilesFirst {
  if (maxBytes <= 0) return { middleware: (_req, _res, next) => next(), answerAtOnce: () => false }
  const files = new SiteFilesInMemory({ root: SITE_DIST, maxBytes })
  const forTheSite = (method: string | undefined, pathname: string) =>
    (method === 'GET' || method === 'HEAD') && !SERVER_ANSWERS.test(pathname.replace(/\/{2,}/g, '/'))
  let headers: string[] | undefined
  return {
    middleware: (req, res, next) => {
      if (!forTheSite(req.method, req.path)) return next()
      files.answer(req, res, next, (send) => siteHelmet(req, res, send))
    },
    answerAtOnce(req, res) {
      const url = req.url ?? ''
      const query = url.indexOf('?')
      const pathname = query === -1 ? url : url.slice(0, query)
      if (!pathname.startsWith('/') || !forTheSite(req.method, pathname)) return false
      headers ??= siteHeaders()
      return files.answerAtOnce(req, pathname, res, headers, () => logRequest(req, res))
    },
  }
}

export const notFound: RequestHandler = async (_req, res) => {
  res
    .status(404)
    .type('html')
    .send(await notFoundPage())
}
