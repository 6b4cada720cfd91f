import http from 'node:http'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { healthz } from '../../cms/src/server/healthz'
import { freshPayload } from '../helpers/payload'

/** The health check's own handler on a real Payload: 200 while the database answers, 503 once it does not. */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let server: http.Server
let url: string

beforeAll(async () => {
  ctx = await freshPayload('healthz')
  const app = express().get('/healthz', healthz(ctx.payload))
  server = app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/healthz`
})
afterAll(async () => {
  server?.close()
  await ctx?.close()
})

describe('GET /healthz', () => {
  it('answers 200 while the database answers, 503 when it no longer does', async () => {
    expect((await fetch(url)).status).toBe(200)
    await ctx.payload.db.destroy?.()
    const res = await fetch(url)
    expect(res.status).toBe(503)
    expect((await res.json()).message).toBe('Cơ sở dữ liệu không phản hồi.')
  })
})
