import { Router } from 'express'
import type { Payload } from 'payload'
import { renderPreview, type PreviewCollection } from '../site-build/preview'

const COLLECTIONS: Record<string, PreviewCollection> = { 'tin-tuc': 'articles', 'nguoi-tot-viec-tot': 'exemplars' }

/**
 * GET /xem-truoc/<tin-tuc|nguoi-tot-viec-tot>/<id>/: a draft exactly as the public site will show it, behind the
 * admin login. Access is Payload's own (a school sees only its own school's items); anyone else gets 404, and an
 * anonymous visitor is sent to the login page. Never cached.
 */
export function previewRouter(payload: Payload, cmsUrl: () => string): Router {
  const router = Router()
  router.get('/xem-truoc/:section/:id/', async (req, res, next) => {
    try {
      res.set({ 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' })
      const collection = COLLECTIONS[req.params.section]
      if (!collection || !/^[A-Za-z0-9-]{1,64}$/.test(req.params.id)) {
        res.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy bản xem trước.')
        return
      }
      const { user } = await payload.auth({ headers: new Headers(req.headers as Record<string, string>) })
      if (!user) {
        res.redirect(303, `/admin/login?redirect=${encodeURIComponent(req.originalUrl)}`)
        return
      }
      const doc = await payload
        .findByID({ collection, id: req.params.id, draft: true, depth: 1, overrideAccess: false, user })
        .catch(() => null)
      if (!doc) {
        res.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy bản xem trước hoặc bạn không có quyền xem.')
        return
      }
      res.type('html').send(await renderPreview(cmsUrl(), collection, doc))
    } catch (err) {
      next(err)
    }
  })
  return router
}
