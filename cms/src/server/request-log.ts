import type http from 'node:http'
import type { RequestHandler } from 'express'
import { config } from '@gd/shared/config'

/**
 * One JSON line per request on standard output, written when the response ends: time, method, path, status and
 * duration in ms. The query string is never written (the forms' confirmation and lookup pages carry codes in it),
 * nor the address, the headers or the body: no personal data. REQUEST_LOG=off turns it off (read once per process).
 * The lines of the requests that end within one turn of the event loop are written together, in one write: under
 * load, one write per request costs as much as answering a small page from memory.
 */
let on: boolean | undefined
let pending: string[] = []

function flush(): void {
  const lines = pending
  pending = []
  process.stdout.write(lines.join(''))
}

/** Logs one request when its response ends (or is cut off); requestLog below, and the site's files from memory. */
export function logRequest(req: http.IncomingMessage & { originalUrl?: string }, res: http.ServerResponse): void {
  on ??= config().REQUEST_LOG !== 'off'
  if (!on) return
  const started = process.hrtime.bigint()
  const url = (req.originalUrl ?? req.url ?? '').split('?')[0]
  const write = (aborted: boolean) => () => {
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10
    const line = { time: new Date().toISOString(), method: req.method, url, status: res.statusCode, ms, ...(aborted ? { aborted } : {}) }
    if (pending.push(`${JSON.stringify(line)}\n`) === 1) setImmediate(flush)
  }
  res.once('finish', write(false))
  res.once('close', () => {
    if (!res.writableFinished) write(true)()
  })
}

export const requestLog: RequestHandler = (req, res, next) => {
  logRequest(req, res)
  next()
}
