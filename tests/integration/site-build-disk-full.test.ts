import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { SiteBuildCoordinator as Coordinator } from '../../cms/src/site-build/coordinator'
import { freshDataDir } from '../helpers/env'
import { createFixtures } from '../helpers/fixtures'
import { holdFiles } from '../helpers/held-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * The disk filling during a site build (issue 14 §3): the builds folder (SITE_DIST.builds) is a tmpfs of its
 * own, mounted by the test (root only: `mount -t tmpfs -o size=256m`); after a first build, a ballast file leaves it
 * almost no room, and the next build fails writing (ENOSPC). The live site stays on the previous build, the status
 * says the build failed, the half-written folder is removed; once room is made, the next change builds again.
 * The builds folder is another file system than the checkout, as docker-compose's volume: Astro's output is staged
 * beside the sources and moved (site-build/staging.ts). Skipped, saying so, where tmpfs cannot be mounted.
 */
const dataDir = freshDataDir('disk-full')
const buildsDir = path.join(dataDir, 'site.builds')
fs.mkdirSync(buildsDir)
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256m', 'tmpfs', buildsDir]).status === 0
const runIt = mounted
if (!mounted) console.warn('site-build-disk-full: BỎ QUA — không gắn được tmpfs (cần quyền root và quyền gắn hệ thống tệp).')

let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let coordinator: Coordinator
let siteDist: string
let f: Awaited<ReturnType<typeof createFixtures>>
const ballast = path.join(buildsDir, 'ballast.bin')

const home = () => fs.readFileSync(path.join(siteDist, 'index.html'), 'utf8')

beforeAll(async () => {
  if (!runIt) return
  ctx = await freshPayload('disk-full', dataDir)
  payload = ctx.payload
  siteDist = process.env.SITE_DIST!
  expect(`${siteDist}.builds`).toBe(buildsDir)
  const { SiteBuildCoordinator } = await import('../../cms/src/site-build/coordinator')
  f = await createFixtures(payload)
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: { orgName: 'Phòng Giáo dục và Đào tạo (trước khi đầy đĩa)' },
  })
  server = await startServer(dataDir)
  coordinator = new SiteBuildCoordinator(payload, server.url, 200)
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.payload.destroy().catch(() => undefined)
  if (mounted) spawnSync('umount', ['-l', buildsDir])
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe.runIf(runIt)('a site build when the disk fills', () => {
  it('fails, leaves the live site on the previous build, and the next change builds again once there is room', async () => {
    coordinator.request({ reason: 'lần đầu', full: true })
    await coordinator.idle()
    const status0 = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(coordinator.history.at(-1)?.error, String(status0.logTail).slice(-3000)).toBeUndefined()
    const first = fs.realpathSync(siteDist)
    expect(home()).toContain('trước khi đầy đĩa')

    // leave about 256 KB free in the builds' file system
    const { bavail, bsize } = fs.statfsSync(buildsDir)
    fs.writeFileSync(ballast, Buffer.alloc(Math.max(0, bavail * bsize - 256 * 1024)))
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: { orgName: 'Phòng Giáo dục và Đào tạo (khi đĩa đầy)' },
    })
    coordinator.request({ reason: 'đĩa đầy', full: true })
    await coordinator.idle()
    const failed = coordinator.history.at(-1)!
    expect(failed.error, JSON.stringify(failed.result?.log?.slice(-500))).toBeTruthy()
    const status = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(status.status).toBe('that-bai')
    expect(status.logTail).toMatch(/ENOSPC|no space left/i)
    // the live site is the previous build, whole; the half-written folder is gone
    expect(fs.realpathSync(siteDist)).toBe(first)
    expect(home()).toContain('trước khi đầy đĩa')
    expect(fs.readdirSync(buildsDir).filter((n) => n !== 'ballast.bin')).toEqual([path.basename(first)])

    // room again: the next change builds and goes live
    fs.rmSync(ballast)
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: { orgName: 'Phòng Giáo dục và Đào tạo (sau khi dọn đĩa)' },
    })
    coordinator.request({ reason: 'đã dọn đĩa', full: true })
    await coordinator.idle()
    expect(coordinator.history.at(-1)?.error).toBeUndefined()
    expect(fs.realpathSync(siteDist)).not.toBe(first)
    expect(home()).toContain('sau khi dọn đĩa')
    expect((await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).status).toBe('thanh-cong')
  }, 600_000)

  it('an incremental build there links the kept pages while Astro renders beside the sources, then copies its output in', async () => {
    const live = fs.realpathSync(siteDist)
    const articlePage = (dir: string) => fs.readFileSync(path.join(dir, 'tin-tuc', f.publishedArticle.slug!, 'index.html'), 'utf8')
    const held = holdFiles(live, [path.join('tin-tuc', f.publishedArticle.slug!)])
    const kept = path.join('nguoi-tot-viec-tot', f.publishedExemplarB.slug!, 'index.html')
    const keptFile = fs.statSync(path.join(live, kept)).ino
    await payload.update({
      collection: 'articles',
      id: f.publishedArticle.id,
      overrideAccess: true,
      data: { title: 'Tin đã đăng, sửa trên ổ khác' },
    })
    coordinator.request({ reason: 'sửa một tin' })
    await coordinator.idle()
    const result = coordinator.history.at(-1)!.result!
    expect(result.mode).toBe('incremental')
    expect(result.reused).toBeGreaterThan(0)
    const now = fs.realpathSync(siteDist)
    expect(now).not.toBe(live)
    expect(articlePage(now)).toContain('Tin đã đăng, sửa trên ổ khác')
    // a kept page is the live build's file itself; the edited one is a new file: the live build's copy is as it was
    expect(fs.statSync(path.join(now, kept)).ino).toBe(keptFile)
    expect(held.release()).toEqual([])
  }, 300_000)
})
