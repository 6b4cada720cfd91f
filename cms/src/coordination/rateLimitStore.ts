import crypto from 'node:crypto'
import type { Options, Store, ClientRateLimitInfo } from 'express-rate-limit'
import type { Payload, Where } from 'payload'
import { secret } from '../utilities/secret'

/**
 * express-rate-limit's counts in the database (the `rate-limit-hits` collection), so that a limit holds across
 * every CMS process: a sliding window, one row per counted request.
 * - Over the limit (the 429 path, the one a flood drives): the refused request leaves no row, and this process
 *   remembers until when — the moment enough of the window's hits run out — so the refusals after the first cost
 *   no query at all. This is exact across processes: a refused request leaves nothing, so only hits that run out
 *   can bring the client back under its limit, and their times are known.
 * - Every request: the request's row is written, then its rank is counted: the rows of the window written up to it
 *   (id ≤ its own); two statements for a request let through. On SQLite writes are serialised, so ids follow the
 *   order the rows were committed in and the rank is exact: of any number of requests racing on any number of
 *   processes, exactly `limit` get a rank within the limit (the rows of those let through stay; a refused one's row
 *   is deleted again, and never lowers a rank below the limit: the `limit` rows before it stay). Counting all rows
 *   instead would refuse every one of a burst that raced past the first count. On MongoDB, ObjectIds follow the
 *   order only to the second across processes: a burst within one second may let one or two too many through, or
 *   refuse one or two early.
 * Keys are HMACs of the limit's name and the client's address with the server's secret, never the address.
 * Rows older than the longest window are deleted now and then, by whichever process notices first.
 */
const CLEAN_EVERY_MS = 10 * 60_000
const KEEP_MS = 24 * 60 * 60_000 + 60_000
let lastClean = 0

export class DatabaseRateLimitStore implements Store {
  localKeys = false
  private windowMs = 60_000
  private limit = Infinity
  /** Keys over their limit, and until when (ms since the epoch). */
  private readonly refusedUntil = new Map<string, number>()

  constructor(
    private readonly payload: () => Payload,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs
    if (typeof options.limit === 'number') this.limit = options.limit
  }

  private key(key: string): string {
    return crypto.createHmac('sha256', secret()).update(`${this.prefix}\u0000${key}`).digest('base64url').slice(0, 27)
  }

  private count(key: string, now: number, upTo?: number | string): Promise<number> {
    const where: Where[] = [{ key: { equals: key } }, { at: { greater_than: new Date(now - this.windowMs).toISOString() } }]
    if (upTo !== undefined) where.push({ id: { less_than_equal: upTo } })
    return this.payload()
      .db.count({ collection: 'rate-limit-hits', where: { and: where } })
      .then((r) => r.totalDocs)
  }

  async get(key: string): Promise<ClientRateLimitInfo> {
    const now = Date.now()
    return { totalHits: await this.count(this.key(key), now), resetTime: new Date(now + this.windowMs) }
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const k = this.key(key)
    const now = Date.now()
    const resetTime = new Date(now + this.windowMs)
    const until = this.refusedUntil.get(k)
    if (until !== undefined && until > now) return { totalHits: this.limit + 1, resetTime: new Date(until) }
    // the adapter's own insert: a row with no hooks, access or validation to run (the Local API's create costs several times more)
    const row = (await this.payload().db.create({ collection: 'rate-limit-hits', data: { key: k, at: new Date(now).toISOString() } })) as {
      id: number | string
    }
    this.clean(now)
    const rank = await this.count(k, now, row.id)
    if (rank <= this.limit) return { totalHits: rank, resetTime }
    // refused: its row goes (a refusal must not lengthen the wait), and the moment the client is back under the limit is remembered
    await this.payload().db.deleteMany({ collection: 'rate-limit-hits', where: { id: { equals: row.id } } })
    const free = await this.freeAt(k, now, rank - 1)
    this.remember(k, free, now)
    return { totalHits: rank, resetTime: new Date(free) }
  }

  /** When a key with `hits` in the window falls back under its limit: the (hits − limit + 1)-th oldest runs out. */
  private async freeAt(k: string, now: number, hits: number): Promise<number> {
    const { docs } = await this.payload().find({
      collection: 'rate-limit-hits',
      where: { and: [{ key: { equals: k } }, { at: { greater_than: new Date(now - this.windowMs).toISOString() } }] },
      sort: 'at',
      limit: 1,
      page: hits - this.limit + 1,
      overrideAccess: true,
      depth: 0,
    })
    return docs[0] ? new Date(docs[0].at).getTime() + this.windowMs : now
  }

  private remember(k: string, until: number, now: number): void {
    if (this.refusedUntil.size > 10_000) for (const [key, t] of this.refusedUntil) if (t <= now) this.refusedUntil.delete(key)
    this.refusedUntil.set(k, until)
  }

  async decrement(key: string): Promise<void> {
    const k = this.key(key)
    const { docs } = await this.payload().find({
      collection: 'rate-limit-hits',
      where: { key: { equals: k } },
      sort: '-at',
      limit: 1,
      overrideAccess: true,
      depth: 0,
    })
    if (docs[0]) await this.payload().db.deleteMany({ collection: 'rate-limit-hits', where: { id: { equals: docs[0].id } } })
  }

  async resetKey(key: string): Promise<void> {
    this.refusedUntil.delete(this.key(key))
    await this.payload().db.deleteMany({ collection: 'rate-limit-hits', where: { key: { equals: this.key(key) } } })
  }

  private clean(now: number): void {
    if (now - lastClean < CLEAN_EVERY_MS) return
    lastClean = now
    void this.payload()
      .db.deleteMany({ collection: 'rate-limit-hits', where: { at: { less_than: new Date(now - KEEP_MS).toISOString() } } })
      .catch((err) => this.payload().logger.error({ err, msg: 'Không dọn được lượt đếm giới hạn cũ' }))
  }
}
