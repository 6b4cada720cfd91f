import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import lockfile from 'proper-lockfile'
import { SITE_DIST } from '../utilities/paths'
import { processAlive } from '../utilities/processAlive'

/**
 * One Astro build at a time per site (SITE_DIST): a rebuild and a preview of one CMS, or two CMS processes on one
 * data folder, take turns, so no two builds of one site hold their memory at once. Builds of different sites (two
 * data folders on one checkout) run side by side: each Astro process works in a folder of its own (./astro.ts).
 * A lock folder beside the site (proper-lockfile, kept fresh while held) plus an owner file in it naming the
 * holder's process and host. A holder that is gone (killed, crashed: its PID no longer runs on this host) is
 * recognised at once and its lock taken over; a living holder is waited for, and the wait is reported (onWait),
 * once and then every 30 s. A holder on another host is trusted until its lock goes stale (2 min without refresh).
 */
const LOCK_TARGET = `${SITE_DIST}.lock`
export const LOCK_PATH = path.join(LOCK_TARGET, 'build.lock')
export const OWNER_PATH = path.join(LOCK_TARGET, 'build.lock.owner.json')
const STALE_MS = 120_000
const MAX_WAIT_MS = 15 * 60_000

export interface LockOwner {
  pid: number
  host: string
  since: string
}

function readOwner(): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(OWNER_PATH, 'utf8')) as LockOwner
  } catch {
    return null
  }
}

/** A holder known to be gone: it ran on this host and its process no longer exists. */
const ownerGone = (owner: LockOwner | null): boolean =>
  Boolean(owner && owner.host === os.hostname() && owner.pid !== process.pid && !processAlive(owner.pid))

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Takes the build lock; resolves with its release. */
export async function takeBuildLock(onWait: (message: string) => void = () => undefined): Promise<() => Promise<void>> {
  fs.mkdirSync(LOCK_TARGET, { recursive: true })
  const started = Date.now()
  let lastReport = 0
  for (;;) {
    try {
      const release = await lockfile.lock(LOCK_TARGET, { lockfilePath: LOCK_PATH, stale: STALE_MS, retries: 0 })
      const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() }
      fs.writeFileSync(OWNER_PATH, JSON.stringify(owner))
      if (lastReport) onWait(`Đã hết chờ sau ${Math.round((Date.now() - started) / 1000)} giây; bắt đầu build.`)
      return async () => {
        if (readOwner()?.pid === process.pid) fs.rmSync(OWNER_PATH, { force: true })
        await release().catch(() => undefined)
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err
    }
    const owner = readOwner()
    if (owner && ownerGone(owner)) {
      // proper-lockfile removes a stale lock itself on the next try: make it stale now
      fs.utimesSync(LOCK_PATH, new Date(0), new Date(0))
      fs.rmSync(OWNER_PATH, { force: true })
      onWait(`Khóa build của tiến trình ${owner.pid} (đã dừng, từ ${owner.since}) được gỡ; tiếp tục ngay.`)
      continue
    }
    if (Date.now() - started > MAX_WAIT_MS) throw new Error(`Đã chờ khóa build quá ${MAX_WAIT_MS / 60_000} phút (${LOCK_PATH}).`)
    if (Date.now() - lastReport >= 30_000) {
      lastReport = Date.now()
      const who = owner ? `tiến trình ${owner.pid} trên ${owner.host}, từ ${owner.since}` : 'chưa rõ tiến trình'
      onWait(`Đang chờ một build khác kết thúc (${who}); khóa: ${LOCK_PATH}.`)
    }
    await sleep(300)
  }
}
