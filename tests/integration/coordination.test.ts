import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Options } from 'express-rate-limit'
import { needsSqlite } from '../helpers/database'
import { freshPayload } from '../helpers/payload'

/**
 * The database-held coordination that lets several CMS processes share one database (issue 14 §4), on the real
 * adapter: a lease has one holder however many race for it, runs out when its holder stops renewing, and is handed
 * back; the rate-limit counts let exactly `limit` requests through however many race, and keep no address.
 * tests/integration/two-processes.test.ts runs the same across two real server processes behind nginx.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let lease: typeof import('../../cms/src/coordination/lease')
let RateStore: typeof import('../../cms/src/coordination/rateLimitStore').DatabaseRateLimitStore

beforeAll(async () => {
  ctx = await freshPayload('coordination')
  payload = ctx.payload
  lease = await import('../../cms/src/coordination/lease')
  RateStore = (await import('../../cms/src/coordination/rateLimitStore')).DatabaseRateLimitStore
})
afterAll(async () => {
  await ctx?.close()
})

describe('a lease', () => {
  it('has exactly one holder when twelve owners race for it, who keeps it; the others wait until it is handed back', async () => {
    const owners = Array.from({ length: 12 }, (_, i) => `may-${i}`)
    const won = await Promise.all(owners.map((o) => lease.holdLease(payload, 'thu-nghiem', 60_000, o)))
    expect(won.filter(Boolean)).toHaveLength(1)
    const holder = owners[won.indexOf(true)]
    expect((await lease.leaseHolder(payload, 'thu-nghiem'))?.owner).toBe(holder)
    expect(await lease.holdLease(payload, 'thu-nghiem', 60_000, holder)).toBe(true)
    const other = owners.find((o) => o !== holder)!
    expect(await lease.holdLease(payload, 'thu-nghiem', 60_000, other)).toBe(false)
    await lease.releaseLease(payload, 'thu-nghiem', holder)
    expect(await lease.holdLease(payload, 'thu-nghiem', 60_000, other)).toBe(true)
    expect((await payload.count({ collection: 'leases', overrideAccess: true })).totalDocs).toBe(1)
  })

  it('runs out when its holder stops renewing it, and then exactly one of the racers takes it over', async () => {
    expect(await lease.holdLease(payload, 'het-han', 300, 'da-dung')).toBe(true)
    expect(await lease.holdLease(payload, 'het-han', 60_000, 'ke-tiep-0')).toBe(false)
    await new Promise((r) => setTimeout(r, 400))
    const won = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => lease.holdLease(payload, 'het-han', 60_000, `ke-tiep-${i}`)))
    expect(won.filter(Boolean)).toHaveLength(1)
  })

  it('is taken at once from a holder whose process on this host is gone (killed or restarted), not after it runs out', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim()
    expect(await lease.holdLease(payload, 'nguoi-giu-da-chet', 10 * 60_000, `${os.hostname()}:${gone}:abc`)).toBe(true)
    // a living holder elsewhere is waited for
    expect(await lease.holdLease(payload, 'nguoi-giu-song', 10 * 60_000, `may-khac:${process.pid}:abc`)).toBe(true)
    expect(await lease.holdLease(payload, 'nguoi-giu-song', 60_000)).toBe(false)
    expect(await lease.holdLease(payload, 'nguoi-giu-da-chet', 60_000)).toBe(true)
    expect((await lease.leaseHolder(payload, 'nguoi-giu-da-chet'))?.owner).toBe(lease.PROCESS_OWNER)
  })

  it('is handed back after the work, even when a renewal is still running as the work ends', async () => {
    for (let i = 0; i < 5; i++) {
      await lease.withLease(payload, 'tra-lai', () => new Promise((r) => setTimeout(r, 120)), { ttlMs: 30 })
      await new Promise((r) => setTimeout(r, 60))
      expect(await lease.leaseHolder(payload, 'tra-lai')).toBeNull()
    }
  })

  it('runs work one at a time: withLease never lets two overlap', async () => {
    let inside = 0
    let most = 0
    const work = async () => {
      inside++
      most = Math.max(most, inside)
      await new Promise((r) => setTimeout(r, 150))
      inside--
    }
    // different owners stand for different processes
    const run = (i: number) =>
      (async () => {
        while (!(await lease.holdLease(payload, 'tung-mot', 10_000, `p${i}`))) await new Promise((r) => setTimeout(r, 20))
        try {
          await work()
        } finally {
          await lease.releaseLease(payload, 'tung-mot', `p${i}`)
        }
      })()
    await Promise.all([0, 1, 2, 3].map(run))
    expect(most).toBe(1)
  })
})

describe('the rate-limit counts in the database', () => {
  const store = (prefix = 'gop-y 60000') => {
    const s = new RateStore(() => payload, prefix)
    s.init({ windowMs: 60_000, limit: 5 } as Options)
    return s
  }

  // exact only where writes are serialised (rateLimitStore.ts): on MongoDB a burst within a second may be off by one or two
  it.runIf(needsSqlite('rang thứ tự chính xác nhờ SQLite ghi tuần tự'))(
    'let exactly the limit through when thirty requests race through two stores (two processes), and keep no address',
    async () => {
      const [a, b] = [store(), store()]
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).increment('203.0.113.7')))
      expect(results.filter((r) => r.totalHits <= 5)).toHaveLength(5)
      // the next one, after the burst, is refused at once and writes nothing; a refused one left no row either
      expect((await b.increment('203.0.113.7')).totalHits).toBeGreaterThan(5)
      expect((await a.get('203.0.113.7')).totalHits).toBe(5)
      // another address, another limit (a different prefix) each count apart
      expect((await a.increment('203.0.113.8')).totalHits).toBe(1)
      expect((await store('dang-nhap 60000').increment('203.0.113.7')).totalHits).toBe(1)
      const { docs } = await payload.find({ collection: 'rate-limit-hits', pagination: false, overrideAccess: true })
      expect(docs.length).toBe(7)
      expect(JSON.stringify(docs)).not.toMatch(/203\.0\.113/)
    },
  )

  it('count only the window: hits older than it no longer count', async () => {
    const s = new RateStore(() => payload, 'ngan')
    s.init({ windowMs: 300, limit: 2 } as Options)
    expect((await s.increment('198.51.100.1')).totalHits).toBe(1)
    expect((await s.increment('198.51.100.1')).totalHits).toBe(2)
    expect((await s.increment('198.51.100.1')).totalHits).toBe(3)
    await new Promise((r) => setTimeout(r, 400))
    expect((await s.increment('198.51.100.1')).totalHits).toBe(1)
    await s.resetKey('198.51.100.1')
    expect((await s.get('198.51.100.1')).totalHits).toBe(0)
  })
})
