import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'
import { type Mailbox, sentTo, smtpEnv, startMailbox } from '../helpers/smtp'
import { until } from '../helpers/wait'

/**
 * Staff passwords over HTTP against the real server, with a real SMTP mailbox: an officer who forgot the password gets
 * a Vietnamese e-mail from the department whose link (on the public origin) resets it once, within an hour; and no
 * way of setting a password (the reset, changing one's own, an administrator creating an account) takes a weak one:
 * 400, the rule in Vietnamese, nothing stored (cms/src/collections/Users/passwordRule.ts). Payload alone took any
 * password of 3 characters.
 */
let box: Mailbox
let mailServerDown = false
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
const ORIGIN = 'https://pgd-kiem-thu.example.vn'
const FORGETFUL = 'hay-quen@test.example'
const ORG = 'Phòng Giáo dục và Đào tạo Kiểm Thử'
const SLOW_MAIL_SERVER_MS = 400
const RULE = /Mật khẩu chưa đủ mạnh\. Mật khẩu cần có ít nhất 12 ký tự, gồm cả chữ cái và chữ số/

const post = (path: string, body: unknown, token?: string, method = 'POST') =>
  fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
const signIn = async (email: string, password: string) => post('/users/login', { email, password })
const tokenOf = async (email: string, password = PASSWORD) => ((await (await signIn(email, password)).json()) as { token: string }).token
/** What a refused save says: under the password field, and in the notice the admin shows (the error's own message). */
const refusal = async (res: Response) => {
  const error = ((await res.json()) as { errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[] })
    .errors?.[0]
  return { field: error?.data?.errors?.find((e) => e.path === 'password')?.message, notice: error?.message }
}

beforeAll(async () => {
  // a real relay across the network confirms a mail some time later; a loopback one at once (hiding how long it takes)
  box = await startMailbox({ replyAfterMs: SLOW_MAIL_SERVER_MS })
  ctx = await freshPayload('staff-passwords')
  f = await createFixtures(ctx.payload)
  await ctx.payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: ORG } })
  await ctx.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: FORGETFUL, password: PASSWORD, name: 'Cán bộ hay quên mật khẩu', role: 'editor' },
  })
  // this file asks for more resets from one address than the hourly limit allows (attack-locks-auth.test.ts tests it)
  server = await startServer(ctx.dataDir, { ...smtpEnv(box), PUBLIC_URL: ORIGIN, FORGOT_PASSWORD_RATE_PER_HOUR: '1000' })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
  if (!mailServerDown) await box?.close()
})

describe('a forgotten password', () => {
  it('comes back by a Vietnamese e-mail whose link resets it once, and only to a strong password', async () => {
    expect((await post('/users/forgot-password', { email: FORGETFUL })).status).toBe(200)
    const mail = await box.waitFor(sentTo(FORGETFUL))
    // who sends it, to whom, for how long, and what to do if it was not them
    expect(mail.subject).toBe(`[${ORG}] Đặt lại mật khẩu tài khoản quản trị`)
    const text = (mail.text ?? '').replace(/\s+/g, ' ')
    expect(text).toContain('Kính gửi Cán bộ hay quên mật khẩu,')
    expect(text).toContain(`${ORG} nhận được yêu cầu đặt lại mật khẩu cho tài khoản ${FORGETFUL}`)
    expect(text).toContain('dùng được một lần, trong 60 phút')
    expect(text).toContain('mật khẩu hiện tại vẫn giữ nguyên')
    expect(text).toContain('Mật khẩu mới cần có ít nhất 12 ký tự, gồm cả chữ cái và chữ số')
    const link = new RegExp(`${ORIGIN}/admin/reset/([0-9a-f]{20,})`).exec(mail.text ?? '')
    expect(link, mail.text).not.toBeNull()
    const token = link![1]

    for (const weak of ['abc', 'matkhaumoidaiqua', 'hay-quen-2026-moi']) {
      const res = await post('/users/reset-password', { token, password: weak })
      expect(res.status, weak).toBe(400)
      expect(await refusal(res), weak).toEqual({ field: expect.stringMatching(RULE), notice: expect.stringMatching(RULE) })
    }
    // nothing was stored: the old password still signs in, and the link still works
    expect((await signIn(FORGETFUL, PASSWORD)).status).toBe(200)
    const NEW = 'Doi-Mat-Khau-2027'
    expect((await post('/users/reset-password', { token, password: NEW })).status).toBe(200)
    expect((await signIn(FORGETFUL, NEW)).status).toBe(200)
    expect((await signIn(FORGETFUL, PASSWORD)).status).toBe(401)
    // once
    expect((await post('/users/reset-password', { token, password: 'Lan-Thu-Hai-2027' })).status).toBe(403)
  })
})

describe('asking for a reset', () => {
  it('answers alike, and as fast, whether or not the e-mail has an account, however slow the mail server', async () => {
    // each account asked for once: Payload answers a second request for one account within 15 s without a mail
    const known = Array.from({ length: 7 }, (_, i) => `co-tai-khoan-${i}@test.example`)
    for (const [i, email] of known.entries())
      await ctx.payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email, password: PASSWORD, name: `Cán bộ ${i}`, role: 'editor' },
      })
    const ask = async (email: string) => {
      const started = performance.now()
      const res = await post('/users/forgot-password', { email })
      return { answer: `${res.status} ${await res.text()}`, ms: performance.now() - started }
    }
    const withAccount: { answer: string; ms: number }[] = []
    const without: { answer: string; ms: number }[] = []
    for (const [i, email] of known.entries()) {
      withAccount.push(await ask(email))
      without.push(await ask(`khong-co-tai-khoan-${i}@test.example`))
    }
    expect(without[0]!.answer).toMatch(/^200 /)
    expect(new Set([...withAccount, ...without].map((a) => a.answer))).toEqual(new Set([without[0]!.answer]))
    // the fastest of seven each: an account's answer must not wait for its mail to leave
    const fastest = (asked: { ms: number }[]) => Math.round(Math.min(...asked.map((a) => a.ms)))
    const times = `có tài khoản ${fastest(withAccount)} ms, không có ${fastest(without)} ms`
    expect(fastest(withAccount), times).toBeLessThan(fastest(without) * 1.5)
    expect(fastest(without), times).toBeLessThan(fastest(withAccount) * 1.5)
    // and the mails do go out
    for (const email of known) expect((await box.waitFor(sentTo(email))).subject).toContain('Đặt lại mật khẩu')
  })

  it('answers the same when the mail server is down (before: a 500 for an account, 200 for none), and logs it', async () => {
    const email = 'thu-khong-den@test.example'
    await ctx.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: PASSWORD, name: 'Cán bộ', role: 'editor' },
    })
    await box.close()
    mailServerDown = true
    const account = await post('/users/forgot-password', { email })
    const none = await post('/users/forgot-password', { email: 'khong-ai-ca@test.example' })
    expect(`${account.status} ${await account.text()}`).toBe(`${none.status} ${await none.text()}`)
    expect(none.status).toBe(200)
    const logged = await until(() => server.output().includes('Không gửi được thư'), 10_000)
    expect(logged, server.output().slice(-2000)).toBe(true)
  })
})

describe('setting a password', () => {
  it('a school user cannot change its own to a weak one; a strong one is taken', async () => {
    const token = await tokenOf('truong-a@test.example')
    for (const weak of ['truong1', 'truong-a-2026-xyz', '123456789012']) {
      const res = await post(`/users/${f.schoolUserA.id}`, { password: weak }, token, 'PATCH')
      expect(res.status, weak).toBe(400)
      expect(await refusal(res), weak).toEqual({ field: expect.stringMatching(RULE), notice: expect.stringMatching(RULE) })
    }
    expect((await signIn('truong-a@test.example', PASSWORD)).status).toBe(200)
    const res = await post(`/users/${f.schoolUserA.id}`, { password: 'Nha-Truong-Moi-2027' }, token, 'PATCH')
    expect(res.status).toBe(200)
    expect((await signIn('truong-a@test.example', 'Nha-Truong-Moi-2027')).status).toBe(200)
  })

  it('an administrator cannot create an account with a weak password (nothing is created)', async () => {
    const token = await tokenOf('admin@test.example')
    const account = { name: 'Tài khoản mới', role: 'editor' }
    const res = await post('/users', { ...account, email: 'moi-yeu@test.example', password: 'Abc@1234' }, token)
    expect(res.status).toBe(400)
    expect(await refusal(res)).toEqual({ field: expect.stringMatching(RULE), notice: expect.stringMatching(RULE) })
    const found = await ctx.payload.find({
      collection: 'users',
      overrideAccess: true,
      where: { email: { equals: 'moi-yeu@test.example' } },
    })
    expect(found.totalDocs).toBe(0)
    const ok = await post('/users', { ...account, email: 'moi-manh@test.example', password: 'Tai-Khoan-Moi-2027' }, token)
    expect(ok.status).toBe(201)
  })
})
