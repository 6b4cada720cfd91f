import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** 200 only when the database answers a real query; 503 otherwise. */
export const healthz =
  (payload: Payload): RequestHandler =>
  async (_req, res) => {
    try {
      await payload.count({ collection: 'themes', overrideAccess: true })
      res.set('Cache-Control', 'no-store').json({ status: 'ok' })
    } catch (err) {
      payload.logger.error({ err, msg: 'healthz: database did not answer' })
      res.status(503).set('Cache-Control', 'no-store').json({ status: 'error', message: 'Cơ sở dữ liệu không phản hồi.' })
    }
  }
