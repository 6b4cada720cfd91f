import { setTimeout as delay } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * An attacker's tests of document locks and sign-in over HTTP against the real server: a school account cannot lock
 * anyone's work in anyone's name, take over or delete others' locks, or lift a lock-out (each deletes its own locks,
 * an administrator anyone's); sign-in and password-reset requests are limited per address (429 in Vietnamese); a
 * login with an unknown e-mail takes as long as with a known one; one account signed in from two places at the same moment
 * keeps both sessions. Each request comes from its own address (X-Forwarded-For, TRUST_PROXY=1) so the limits do not mix.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
const tokens: Record<string, string> = {}
let address = 0
const from = (ip?: string) => ({ 'x-forwarded-for': ip ?? `198.51.100.${++address}` })

const login = async (email: string, password = PASSWORD, ip?: string, language = 'vi') =>
  fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language, ...from(ip) },
    body: JSON.stringify({ email, password }),
  })
const api = (path: string, init: RequestInit & { as?: string } = {}) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...from(), ...(init.as ? { authorization: `JWT ${tokens[init.as]}` } : {}) },
  })
const locks = async () => (await ctx.payload.find({ collection: 'payload-locked-documents', overrideAccess: true, depth: 0 })).docs
const ref = (id: number) => ({ relationTo: 'users', value: id })
/** an account two people (or one person's phone and computer) sign in to */
const SHARED = 'to-van-thu@test.example'
/** an account an attacker locks by failing its login ten times */
const LOCKED = 'bi-khoa@test.example'
const tokenOf = async (res: Response) => {
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}
/** whether the server still takes that session */
const signedIn = async (token: string) =>
  Boolean(
    (
      (await (await fetch(`${server.url}/api/users/me`, { headers: { authorization: `JWT ${token}`, ...from() } })).json()) as {
        user: unknown
      }
    ).user,
  )

beforeAll(async () => {
  ctx = await freshPayload('attack-locks')
  f = await createFixtures(ctx.payload)
  for (const round of [1, 2, 3])
    await ctx.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `do-thoi-gian-${round}@test.example`, password: PASSWORD, name: 'Đo thời gian', role: 'editor' },
    })
  await ctx.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: LOCKED, password: PASSWORD, name: 'Tài khoản sẽ bị khóa', role: 'school', school: f.schoolA.id },
  })
  await ctx.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: SHARED, password: PASSWORD, name: 'Tài khoản dùng chung của tổ văn thư', role: 'editor' },
  })
  server = await startServer(ctx.dataDir, {
    TRUST_PROXY: '1',
    LOGIN_RATE_PER_MINUTE: '3',
    LOGIN_RATE_PER_HOUR: '100',
    FORGOT_PASSWORD_RATE_PER_HOUR: '2',
  })
  for (const [k, email] of Object.entries({
    editor: 'editor@test.example',
    school: 'truong-a@test.example',
    admin: 'admin@test.example',
  })) {
    const res = await login(email)
    expect(res.status).toBe(200)
    tokens[k] = ((await res.json()) as { token: string }).token
  }
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('document locks', () => {
  it("a school cannot lock a feedback item (which it cannot read) in the editor's name", async () => {
    const res = await api('/payload-locked-documents', {
      method: 'POST',
      as: 'school',
      body: JSON.stringify({ document: { relationTo: 'feedback', value: f.feedback.id }, user: ref(f.editor.id) }),
    })
    expect(res.status).toBe(403)
    expect(await locks()).toHaveLength(0)
  })
  it("nor an article or another school's item in its own name", async () => {
    const article = await api('/payload-locked-documents', {
      method: 'POST',
      as: 'school',
      body: JSON.stringify({ document: { relationTo: 'articles', value: f.publishedArticle.id }, user: ref(f.schoolUserA.id) }),
    })
    expect(article.status).toBe(403)
    const otherSchool = await api('/payload-locked-documents', {
      method: 'POST',
      as: 'school',
      body: JSON.stringify({ document: { relationTo: 'exemplars', value: f.exemplarB.id }, user: ref(f.schoolUserA.id) }),
    })
    expect(otherSchool.status).toBe(403)
    expect(await locks()).toHaveLength(0)
  })
  it("a school can neither take over nor delete the editor's lock, and the editor keeps working", async () => {
    const created = await api('/payload-locked-documents', {
      method: 'POST',
      as: 'editor',
      body: JSON.stringify({ document: { relationTo: 'articles', value: f.publishedArticle.id }, user: ref(f.editor.id) }),
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id
    const take = await api(`/payload-locked-documents/${id}`, {
      method: 'PATCH',
      as: 'school',
      body: JSON.stringify({ user: ref(f.schoolUserA.id) }),
    })
    expect(take.status).toBe(403)
    const del = await api(`/payload-locked-documents/${id}`, { method: 'DELETE', as: 'school' })
    expect([403, 404]).toContain(del.status)
    const bulk = await api(`/payload-locked-documents?where[id][exists]=true`, { method: 'DELETE', as: 'school' })
    await bulk.text()
    const left = await locks()
    expect(left).toHaveLength(1)
    expect((left[0].user as { value: number }).value).toBe(f.editor.id)
    const edit = await api(`/articles/${f.publishedArticle.id}`, {
      method: 'PATCH',
      as: 'editor',
      body: JSON.stringify({ title: 'Tin đã đăng' }),
    })
    expect(edit.status).toBe(200)
  })
  it("each deletes its own lock as the admin does when leaving the page (by id, or by a where); an administrator anyone's", async () => {
    const lock = async (as: string, relationTo: string, value: number, user: number) => {
      const res = await api('/payload-locked-documents', {
        method: 'POST',
        as,
        body: JSON.stringify({ document: { relationTo, value }, user: ref(user) }),
      })
      expect(res.status).toBe(201)
      return (await res.json()).doc.id as number
    }
    const ids = async () => (await locks()).map((l) => l.id)
    const schoolLock = await lock('school', 'exemplars', f.exemplarA.id, f.schoolUserA.id)
    const editorLock = await lock('editor', 'articles', f.draftArticle.id, f.editor.id)
    // the school cannot delete the editor's lock by a where naming it either
    const other = await api(`/payload-locked-documents?where[document.value][equals]=${f.draftArticle.id}`, {
      method: 'DELETE',
      as: 'school',
    })
    await other.text()
    expect(await ids()).toContain(editorLock)
    const own = await api(`/payload-locked-documents/${schoolLock}`, { method: 'DELETE', as: 'school' })
    expect(own.status).toBe(200)
    expect(await ids()).not.toContain(schoolLock)
    const byWhere = await api(
      `/payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=${f.draftArticle.id}`,
      { method: 'DELETE', as: 'editor' },
    )
    expect(byWhere.status).toBe(200)
    expect(await ids()).not.toContain(editorLock)
    const again = await lock('editor', 'articles', f.draftArticle.id, f.editor.id)
    const admin = await api(`/payload-locked-documents/${again}`, { method: 'DELETE', as: 'admin' })
    expect(admin.status).toBe(200)
    expect(await ids()).not.toContain(again)
  })
  it("a lock already removed by a save (Payload deletes the document's lock then) is a clear 4xx, not a 500", async () => {
    const id = await (async () => {
      const res = await api('/payload-locked-documents', {
        method: 'POST',
        as: 'editor',
        body: JSON.stringify({ document: { relationTo: 'articles', value: f.draftArticle.id }, user: ref(f.editor.id) }),
      })
      expect(res.status).toBe(201)
      return (await res.json()).doc.id as number
    })()
    const save = await api(`/articles/${f.draftArticle.id}?draft=true`, {
      method: 'PATCH',
      as: 'editor',
      body: JSON.stringify({ excerpt: 'Lưu nháp khi đang giữ khoá.' }),
    })
    expect(save.status).toBe(200)
    expect((await locks()).map((l) => l.id)).not.toContain(id)
    const gone = await api(`/payload-locked-documents/${id}`, { method: 'DELETE', as: 'editor' })
    expect([403, 404]).toContain(gone.status)
  })
})

describe('unlocking an account after failed logins', () => {
  it('is refused to a school account and allowed to an administrator', async () => {
    const school = await api('/users/unlock', { method: 'POST', as: 'school', body: JSON.stringify({ email: 'editor@test.example' }) })
    expect(school.status).toBe(403)
    const admin = await api('/users/unlock', { method: 'POST', as: 'admin', body: JSON.stringify({ email: 'editor@test.example' }) })
    expect(admin.status).toBe(200)
  })
})

describe('per-address limits', () => {
  it('login: past the limit from one address, 429 in Vietnamese (even with the right password); another address still signs in', async () => {
    const ip = '203.0.113.50'
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await login('editor@test.example', `sai-mat-khau-${i}`, ip)).status)
    expect(statuses).toEqual([401, 401, 401])
    const limited = await login('editor@test.example', PASSWORD, ip)
    expect(limited.status).toBe(429)
    expect((await limited.json()).errors[0].message).toMatch(/quá nhiều lần/)
    expect((await login('editor@test.example', PASSWORD, '203.0.113.51')).status).toBe(200)
  })
  it('forgot-password: past the limit from one address, 429 in Vietnamese', async () => {
    const ip = '203.0.113.60'
    const ask = () =>
      fetch(`${server.url}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from(ip) },
        body: JSON.stringify({ email: 'khong-co@test.example' }),
      })
    expect((await ask()).status).toBe(200)
    expect((await ask()).status).toBe(200)
    const limited = await ask()
    expect(limited.status).toBe(429)
    expect((await limited.json()).errors[0].message).toMatch(/đặt lại mật khẩu quá nhiều lần/)
  })
})

describe('one account in two places at the same moment', () => {
  // Payload rewrites an account's whole list of sessions on each change (../../cms/src/server/session-changes-in-turn.ts)
  it('two sign-ins at once: both stay signed in (10 rounds)', async () => {
    const lost: number[] = []
    for (let round = 0; round < 10; round++) {
      const tokens = await Promise.all([login(SHARED).then(tokenOf), login(SHARED).then(tokenOf)])
      for (const token of tokens) if (!(await signedIn(token))) lost.push(round)
    }
    expect(lost, 'các vòng mất phiên đăng nhập').toEqual([])
  }, 60_000)

  it('signing out on one device while signing in on another: the signed-out session stays out, the new one works (5 rounds)', async () => {
    for (let round = 0; round < 5; round++) {
      const old = await tokenOf(await login(SHARED))
      // the sign-out sent while the sign-in checks its password
      const [fresh, out] = await Promise.all([
        login(SHARED).then(tokenOf),
        delay(40).then(() =>
          fetch(`${server.url}/api/users/logout`, { method: 'POST', headers: { authorization: `JWT ${old}`, ...from() } }),
        ),
      ])
      expect(out.status).toBe(200)
      expect(await signedIn(old), `vòng ${round}: phiên đã đăng xuất`).toBe(false)
      expect(await signedIn(fresh), `vòng ${round}: phiên mới`).toBe(true)
    }
  }, 60_000)
})

describe('login timing', () => {
  // The fastest of 9 each, taken in turns: what each login costs when nothing else runs. Medians of 7 also counted the
  // other test workers' bursts on two busy cores (a run measured 139 against 103 ms, another 99 against 104); on a
  // loaded CI run even the fastest of 9 was 173 against 128 ms, so a round that the other workers disturbed is followed
  // by another (up to 3), each round with its own account (a tenth failure would lock it: a locked account is refused
  // without hashing) and its own fastest: counted over all rounds, one lucky answer of the first round stayed the
  // fastest (a clean CI run: 129.8 against 95.5 ms in all three rounds). Without the equal hash an unknown e-mail
  // answers in a few milliseconds against about a hundred, in every round.
  it('an unknown e-mail answers in about the time a known one does (fastest of 9 each, up to 3 rounds)', async () => {
    const time = async (email: string) => {
      const t = performance.now()
      const res = await login(email, 'mat-khau-sai-hoan-toan')
      await res.text()
      expect(res.status).toBe(401)
      return performance.now() - t
    }
    let gap = Infinity
    let bound = 0
    for (let round = 0; round < 3 && gap >= bound; round++) {
      const known: number[] = []
      const unknown: number[] = []
      for (let i = 0; i < 9; i++) {
        known.push(await time(`do-thoi-gian-${round + 1}@test.example`))
        unknown.push(await time(`khong-ton-tai-${round}-${i}@test.example`))
      }
      const [k, u] = [Math.min(...known), Math.min(...unknown)]
      ;[gap, bound] = [Math.abs(k - u), Math.max(30, k * 0.25)]
      console.log(`login timing, round ${round + 1}: known e-mail ${k.toFixed(1)} ms, unknown ${u.toFixed(1)} ms (fastest)`)
    }
    expect(gap).toBeLessThan(bound)
  }, 90_000)
})

describe('a locked account', () => {
  // Ten failed logins lock an account for ten minutes. Payload then refuses it before checking any password, at once
  // and in words of its own ("locked"): an attacker who failed ten times learnt whether the e-mail has an account.
  it('answers as an e-mail without an account does: the same status and words, and no sooner', async () => {
    const answer = async (email: string, password = 'mat-khau-sai', language = 'vi') => {
      const t = performance.now()
      const res = await login(email, password, undefined, language)
      const body: unknown = await res.json()
      return { said: { status: res.status, body }, ms: performance.now() - t }
    }
    for (let i = 0; i < 10; i++) expect((await answer(LOCKED)).said.status).toBe(401)
    const user = await ctx.payload.db.findOne<{ id: number; lockUntil?: string }>({
      collection: 'users',
      where: { email: { equals: LOCKED } },
    })
    expect(new Date(user?.lockUntil ?? 0).getTime(), 'tài khoản đã bị khóa').toBeGreaterThan(Date.now())

    const locked: Awaited<ReturnType<typeof answer>>[] = []
    const unknown: Awaited<ReturnType<typeof answer>>[] = []
    for (let i = 0; i < 7; i++) {
      locked.push(await answer(LOCKED))
      unknown.push(await answer(`chua-co-tai-khoan-${i}@test.example`))
    }
    const said = unknown[0]!.said
    expect(said.status).toBe(401)
    expect(JSON.stringify(said.body)).toMatch(/không đúng.*tạm khóa/)
    for (const a of [...locked, ...unknown]) expect(a.said).toEqual(said)
    // the right password is refused in the same words while the lock lasts; and so in English
    expect((await answer(LOCKED, PASSWORD)).said).toEqual(said)
    expect((await answer(LOCKED, 'mat-khau-sai', 'en')).said).toEqual((await answer('chua-co-ai@test.example', 'sai', 'en')).said)
    // the fastest of seven each: a refusal that skips the password's hash answers in a few milliseconds, not ~100
    const [fastestLocked, fastestUnknown] = [Math.min(...locked.map((a) => a.ms)), Math.min(...unknown.map((a) => a.ms))]
    console.log(`locked account ${fastestLocked.toFixed(1)} ms, unknown e-mail ${fastestUnknown.toFixed(1)} ms (fastest)`)
    expect(fastestLocked).toBeGreaterThan(fastestUnknown / 2)
  }, 90_000)
})
