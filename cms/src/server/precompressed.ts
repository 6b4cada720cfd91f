import fs from 'node:fs/promises'
import path from 'node:path'
import type { RequestHandler } from 'express'
import { ENCODINGS, isPrecompressible } from '../site-build/precompress'
import { sitePathOf } from './site-path'

/** The encodings a request accepts (Accept-Encoding, q=0 refuses), in the order we prefer them. */
export function acceptedEncodings(header: string | undefined): (typeof ENCODINGS)[number][] {
  const accepted = new Map<string, number>()
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean)
    accepted.set(name.trim(), q ? Number(q[1]) : 1)
  }
  return ENCODINGS.filter((e) => (accepted.get(e.name) ?? accepted.get('*') ?? 0) > 0)
}

/**
 * The compressed copy of a built file, when the request accepts its encoding and the build wrote one
 * (../site-build/precompress.ts), with Content-Encoding and `Vary: Accept-Encoding`; everything else (a file without
 * a copy, a redirect, a 404) falls through to express.static. res.sendFile serves it with ETag and Last-Modified of
 * the copy (304 on a matching conditional request), and refuses any path outside the root.
 */
export function precompressed(root: string, setHeaders: (res: Parameters<RequestHandler>[1], urlPath: string) => void): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const urlPath = sitePathOf(req)
    if (!urlPath || !isPrecompressible(urlPath)) return next()
    res.vary('Accept-Encoding')
    for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
      const copy = urlPath + encoding.suffix
      const resolved = path.join(root, copy)
      if (!resolved.startsWith(root + path.sep)) return next()
      const stat = await fs.stat(resolved).catch(() => null)
      if (!stat?.isFile()) continue
      res.setHeader('Content-Encoding', encoding.name)
      res.type(path.extname(urlPath))
      setHeaders(res, urlPath)
      return res.sendFile(copy.slice(1), { root, dotfiles: 'deny', acceptRanges: false, cacheControl: false }, (err) => {
        if (!err) return
        res.removeHeader('Content-Encoding')
        if (!res.headersSent) next()
      })
    }
    next()
  }
}
