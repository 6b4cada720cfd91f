import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPayload } from '../helpers/payload'

/**
 * The probes' own handlers on a real Payload: /healthz 200 while the database answers, 503 once it does not;
 * /readyz 503 until a site is live and once the database is gone. And the request log's lines, as the server
 * mounts it first (no query string, no address).
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let server: http.Server
let base: string
const lines: string[] = []
const originalWrite = process.stdout.write

beforeAll(async () => {
  ctx = await freshPayload('healthz')
  // imported once the data folder is set (the server's paths are read from the configuration on import)
  const { healthz } = await import('../../cms/src/server/healthz')
  const { readyz } = await import('../../cms/src/server/readyz')
  const { requestLog } = await import('../../cms/src/server/request-log')
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('{"time"')) lines.push(chunk)
    return write(chunk, ...rest)
  }) as typeof process.stdout.write
  const app = express()
    .use(requestLog)
    .get('/healthz', healthz(ctx.payload))
    .get('/readyz', readyz(ctx.payload))
    .post('/gop-y/gui/', (_req, res) => void res.status(303).location('/gop-y/da-gui/?ma=GY-SECRET').end())
  server = app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  process.stdout.write = originalWrite
  server?.close()
  await ctx?.close()
})

describe('GET /healthz and /readyz', () => {
  it('answers 200 while the database answers, 503 when it no longer does; ready only once a site is live', async () => {
    const notBuilt = await fetch(`${base}/readyz`)
    expect(notBuilt.status).toBe(503)
    expect(await notBuilt.json()).toMatchObject({ message: 'Trang công khai chưa được build.', database: 'ok', site: 'missing' })

    fs.mkdirSync(path.join(ctx.dataDir, 'site'), { recursive: true })
    fs.writeFileSync(path.join(ctx.dataDir, 'site', 'index.html'), '<!doctype html><title>x</title>')
    const ready = await fetch(`${base}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'ok', database: 'ok', site: 'live', build: { status: 'chua-build' } })
    expect((await fetch(`${base}/healthz`)).status).toBe(200)

    await ctx.payload.db.destroy?.()
    const res = await fetch(`${base}/healthz`)
    expect(res.status).toBe(503)
    expect((await res.json()).message).toBe('Cơ sở dữ liệu không phản hồi.')
    const notReady = await fetch(`${base}/readyz`)
    expect(notReady.status).toBe(503)
    expect(await notReady.json()).toMatchObject({ message: 'Cơ sở dữ liệu không phản hồi.', database: 'error' })
  })
})

describe('the request log', () => {
  it('writes one JSON line per request: method, path without its query string, status, duration; nothing personal', async () => {
    lines.length = 0
    await fetch(`${base}/gop-y/gui/?email=a%40b.vn&ma=GY-SECRET`, {
      method: 'POST',
      body: 'hoTen=Nguyen+Van+A',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' },
      redirect: 'manual',
    })
    await new Promise((r) => setTimeout(r, 50))
    expect(lines).toHaveLength(1)
    const entry = JSON.parse(lines[0])
    expect(entry).toMatchObject({ method: 'POST', url: '/gop-y/gui/', status: 303 })
    expect(Object.keys(entry).sort()).toEqual(['method', 'ms', 'status', 'time', 'url'])
    expect(entry.ms).toBeGreaterThanOrEqual(0)
    for (const secret of ['SECRET', 'a@b', 'a%40b', 'Nguyen', '203.0.113.9', '127.0.0.1']) expect(lines[0]).not.toContain(secret)
  })
})
