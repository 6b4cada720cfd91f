import type { RequestHandler } from 'express'

/** Uploaded files (images at /media and /api/<collection>/file/…): never a page of the site, even when opened alone. */
const FILE_PATHS = /^\/(?:media\/|api\/[a-z-]+\/file\/)/
/** Documents' and schools' disclosure files (PDF, Word) are downloaded, not shown inline on the site's origin. */
const DOCUMENT_FILE = /^\/api\/(?:files|disclosure-files)\/file\/([^/]+)$/

/** `attachment` with an ASCII fallback name and the real (Vietnamese) name in filename* (RFC 6266 / 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\%]/g, '_')
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii || 'tep'}"; filename*=UTF-8''${encoded}`
}

/**
 * The security headers of every response, ours and Next's (admin, REST API, files), set once here before anything
 * answers (deploy/nginx.conf sets the same, plus HSTS and Permissions-Policy): no framing by another site, no MIME
 * sniffing, no full referrer to other sites. The public site's own pages get their full CSP from siteHelmet.
 * Uploaded files get a sandboxing CSP (a file opened alone runs nothing), and documents are sent as attachments:
 * Chromium shows no PDF in a sandboxed page, so inline PDFs would need a CSP weaker than this; downloading keeps
 * a PDF's scripts and any HTML behind a PDF header out of the site's origin altogether.
 */
export const securityHeaders: RequestHandler = (req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  if (FILE_PATHS.test(req.path)) {
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox")
    const doc = DOCUMENT_FILE.exec(req.path)
    if (doc) {
      let name = doc[1]!
      try {
        name = decodeURIComponent(name)
      } catch {
        // a malformed name is refused later (malformed-request.ts); the header keeps the raw one
      }
      res.setHeader('Content-Disposition', attachmentDisposition(name))
    }
  } else {
    res.setHeader('Content-Security-Policy', "frame-ancestors 'self'; base-uri 'self'; object-src 'none'")
  }
  next()
}
