import path from 'node:path'
import express, { type RequestHandler, type Response, Router } from 'express'
import helmet from 'helmet'
import { CMS_PREFIXES, PROBE_PATHS, SERVER_PATHS, serverPathsPattern } from '@gd/shared/public-routes'
import { SITE_DIST } from '../utilities/paths'
import { notFoundPage } from './site-pages'
import { precompressed } from './precompressed'
import { cacheControlFor } from './static-cache'
import { SiteFilesInMemory } from './site-files-in-memory'

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
 * The built site's files from memory (./site-files-in-memory.ts), mounted first, before anything that works per
 * request (rate limits, forms, Payload, Next, compression): what nginx serves as a file in production, with the
 * site's security headers. Any other path, and a file not kept in memory, goes on to the routes after it.
 */
export function siteFilesFirst(maxBytes: number): RequestHandler {
  if (maxBytes <= 0) return (_req, _res, next) => next()
  const files = new SiteFilesInMemory({ root: SITE_DIST, maxBytes })
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_ANSWERS.test(req.path.replace(/\/{2,}/g, '/'))) return next()
    files.answer(req, res, next, (send) => siteHelmet(req, res, send))
  }
}

export const notFound: RequestHandler = async (_req, res) => {
  res
    .status(404)
    .type('html')
    .send(await notFoundPage())
}
