import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD, createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * A hostile page posting with the visitor's login cookie (CSRF), over HTTP against the real server: the cookie counts
 * only from the site's own origin, and it is Secure when the public origin is https.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
let local: TestServer
let publicHttps: TestServer | undefined
const PUBLIC_URL = 'https://gd.example.vn'

async function loginCookie(url: string): Promise<{ cookie: string; setCookie: string }> {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'editor@test.example', password: PASSWORD }),
  })
  expect(res.status).toBe(200)
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? ''
  return { cookie: setCookie.split(';')[0]!, setCookie }
}

const patchSelf = (url: string, cookie: string, headers: Record<string, string>, name: string) =>
  fetch(`${url}/api/users/${f.editor.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ name }),
  })

const storedName = async () => (await ctx.payload.findByID({ collection: 'users', id: f.editor.id, overrideAccess: true })).name

beforeAll(async () => {
  ctx = await freshPayload('attack-csrf')
  f = await createFixtures(ctx.payload)
  local = await startServer(ctx.dataDir)
}, 300_000)
afterAll(async () => {
  await local?.stop()
  await publicHttps?.stop()
  await ctx?.close()
})

describe('without PUBLIC_URL (a local run)', () => {
  it('a cross-site PATCH with the login cookie is refused and changes nothing', async () => {
    const { cookie, setCookie } = await loginCookie(local.url)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(setCookie).not.toMatch(/;\s*Secure/i)
    expect((await patchSelf(local.url, cookie, { origin: 'https://evil.example' }, 'Bị đổi')).status).toBe(403)
    expect((await patchSelf(local.url, cookie, { 'sec-fetch-site': 'cross-site' }, 'Bị đổi')).status).toBe(403)
    expect(await storedName()).not.toBe('Bị đổi')
  })

  it('the same PATCH from the server’s own local origins is accepted', async () => {
    const { cookie } = await loginCookie(local.url)
    const port = new URL(local.url).port
    expect((await patchSelf(local.url, cookie, { origin: `http://127.0.0.1:${port}` }, 'Biên tập viên')).status).toBe(200)
    expect((await patchSelf(local.url, cookie, { origin: `http://localhost:${port}` }, 'Biên tập viên 2')).status).toBe(200)
    expect(await storedName()).toBe('Biên tập viên 2')
  })
})

describe('with an https PUBLIC_URL (production)', () => {
  it('the login cookie is Secure, and only the public origin may use it', async () => {
    publicHttps = await startServer(ctx.dataDir, { PUBLIC_URL })
    const { cookie, setCookie } = await loginCookie(publicHttps.url)
    expect(setCookie).toMatch(/;\s*Secure/i)
    expect((await patchSelf(publicHttps.url, cookie, { origin: 'https://evil.example' }, 'Bị đổi')).status).toBe(403)
    expect((await patchSelf(publicHttps.url, cookie, { origin: publicHttps.url }, 'Bị đổi')).status).toBe(403)
    expect(await storedName()).not.toBe('Bị đổi')
    expect((await patchSelf(publicHttps.url, cookie, { origin: PUBLIC_URL }, 'Biên tập viên 3')).status).toBe(200)
    expect(await storedName()).toBe('Biên tập viên 3')
  }, 180_000)
})
