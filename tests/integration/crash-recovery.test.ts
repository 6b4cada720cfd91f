import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { prepare, runLoad } from '../../scripts/bench/lib/feedback-load'
import { needsSqlite } from '../helpers/database'
import { freshDataDir } from '../helpers/env'
import { copyTemplateDatabase } from '../helpers/payload'

/**
 * A short version of scripts/bench/feedback-load.ts --kill (issue 14 §3): feedback posted by 10 clients, the server
 * killed with SIGKILL in the middle and started again on the same SQLite file without any repair; every code
 * answered 2xx before or after the kill is stored exactly once, a submission whose answer the kill cut off is sent
 * again with its idempotency key and answered with the code it was stored under, and the database passes its
 * integrity check.
 */
const dataDir = freshDataDir('crash')
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe.runIf(needsSqlite('kiểm tra toàn vẹn (integrity_check) và đếm góp ý trực tiếp trong tệp SQLite'))(
  'kill -9 of the server while citizens post feedback',
  () => {
    it('loses nothing that was acknowledged; the server starts again by itself on an intact database', async () => {
      // the run's migrated template stands for the migrations production runs first
      if (!(await copyTemplateDatabase(dataDir))) await prepare(dataDir)
      const r = await runLoad({ dataDir, clients: 10, seconds: 6, killAt: 3 })
      console.log(
        `crash: ${r.acknowledged} trả lời 2xx, ${r.stored} lưu, khởi động lại ${r.restartSeconds} s, RSS ${r.rssAtRestMb}/${r.rssPeakMb} MB`,
      )
      expect(r.acknowledged).toBeGreaterThan(0)
      expect(r.restartSeconds).not.toBeNull()
      expect(r.acceptedAfterRestart).toBe(true)
      expect(r.lost).toEqual([])
      expect(r.duplicates).toBe(0)
      expect(r.integrity).toBe('ok')
      // the requests in flight at the kill were sent again with their idempotency keys after the restart and were
      // answered with the codes they had been stored under: nothing stored is left unanswered, nothing twice
      expect(r.storedNotAcknowledged).toBe(0)
    }, 300_000)
  },
)
