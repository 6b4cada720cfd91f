import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { envFor, freshDataDir, ROOT } from '../helpers/env'
import { until } from '../helpers/wait'

/**
 * The Astro process started ahead of a build (cms/src/site-build/astro.ts, astro-runner.ts): a build is run by the
 * one waiting, with the build's own settings (not those of the moment it was started), unless the site's code changed
 * since it bundled it; a waiting process never outlives what started it, whether that ends by itself or is killed, nor
 * leaves its working folder behind.
 */
const dataDir = freshDataDir('astro-runner')
const ASTRO = path.join(ROOT, 'cms/src/site-build/astro.ts')
const others: ChildProcess[] = []

beforeAll(() => {
  Object.assign(process.env, envFor(dataDir))
})
afterAll(() => {
  for (const child of others) child.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** This file's Astro processes, waiting or building (from /proc: started with this file's data folder). */
function runners(): number[] {
  const pids: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || !alive(Number(entry))) continue
    try {
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('astro-runner.ts')) continue
      if (fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`DATA_DIR=${dataDir}`)) pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

/** Running: not gone and not a zombie waiting to be reaped (processAlive counts a zombie as running). */
function alive(pid: number): boolean {
  try {
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ')
  } catch {
    return false
  }
}

/** A script that imports astro.ts, starts a waiting process and stays (keep) or has nothing left to do after 1 s. */
function script(keep: boolean): ChildProcess {
  const code = `const { warmAstro } = await import(${JSON.stringify(ASTRO)}); warmAstro(); console.log('warm'); ${keep ? 'setInterval(() => {}, 1000)' : 'setTimeout(() => {}, 1000)'}`
  const child = spawn(process.execPath, ['--import', 'tsx/esm', '--input-type=module', '-e', code], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  others.push(child)
  return child
}

describe('the Astro process started ahead of a build', () => {
  it('runs the next build with that build’s settings', async () => {
    const { runAstro, warmAstro } = await import('../../cms/src/site-build/astro')
    const { siteBuildEnv } = await import('@gd/shared/site-build-contract')
    // a "CMS" that answers every request with an error, and records what was asked
    const asked: string[] = []
    const cms = http.createServer((req, res) => {
      asked.push(req.url ?? '')
      res.writeHead(503).end()
    })
    await new Promise<void>((r) => cms.listen(0, '127.0.0.1', r))
    try {
      process.env.CMS_URL = 'http://127.0.0.1:9' // what the waiting process is started with: not the build's
      warmAstro()
      expect(await until(() => runners().length > 0, 15_000, 100)).toBe(true)
      const [waiting] = runners()
      const env = siteBuildEnv({
        cmsUrl: `http://127.0.0.1:${(cms.address() as AddressInfo).port}`,
        dist: path.join(dataDir, 'out'),
        cacheDir: path.join(dataDir, 'cache'),
        mode: 'full',
      })
      let log = ''
      const error = await runAstro(env, (chunk) => (log += chunk)).then(
        () => null,
        (err: Error) => err,
      )
      // the site asked the build's CMS, failed on its answer as a build does, and the waiting process ran it
      expect(error?.message).toBe('astro kết thúc với mã 1')
      expect(log).toContain('Không đọc được dữ liệu từ CMS')
      expect(asked.some((url) => url.startsWith('/api/'))).toBe(true)
      expect(alive(waiting!)).toBe(false)
      expect(runners()).toEqual([])
    } finally {
      cms.close()
    }
  })

  it('is not used for a build of other code than it bundled: a new process runs that build', async () => {
    const { runAstro, warmAstro } = await import('../../cms/src/site-build/astro')
    const { siteBuildEnv } = await import('@gd/shared/site-build-contract')
    warmAstro()
    expect(await until(() => runners().length > 0, 15_000, 100)).toBe(true)
    const [waiting] = runners()
    const env = siteBuildEnv({
      cmsUrl: 'http://127.0.0.1:9',
      dist: path.join(dataDir, 'out-2'),
      cacheDir: path.join(dataDir, 'cache'),
      mode: 'full',
    })
    const ran: number[] = []
    let log = ''
    const error = await runAstro(
      env,
      (chunk) => {
        log += chunk
        ran.push(...runners().filter((pid) => pid !== waiting))
      },
      undefined,
      'the fingerprint of other code',
    ).then(
      () => null,
      (err: Error) => err,
    )
    expect(error?.message).toBe('astro kết thúc với mã 1')
    expect(log).toContain('Không đọc được dữ liệu từ CMS')
    expect(alive(waiting!)).toBe(false)
    expect(ran.length).toBeGreaterThan(0)
    expect(runners()).toEqual([])
  })

  it('does not keep a script that ends alive, and does not outlive it', async () => {
    const child = script(false)
    const exited = new Promise<number | null>((r) => child.once('exit', r))
    // the script goes on past warmAstro() only once the process is started (spawn returns then)
    await new Promise<void>((r) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('warm') && r()))
    const started = runners()
    expect(started).toHaveLength(1)
    expect(await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))])).toBe(0)
    expect(await until(() => started.every((pid) => !alive(pid)), 10_000, 100)).toBe(true)
  })

  it('exits when what started it is killed (kill -9)', async () => {
    const child = script(true)
    expect(await until(() => runners().length > 0, 15_000, 100)).toBe(true)
    const [waiting] = runners()
    // let it load Astro and wait
    await new Promise((r) => setTimeout(r, 2000))
    expect(alive(waiting!)).toBe(true)
    child.kill('SIGKILL')
    expect(await until(() => !alive(waiting!), 10_000, 100)).toBe(true)
  })

  it('works in a folder of its own, gone when it exits; a gone server’s leftover folder is removed by the next', async () => {
    const runs = path.join(ROOT, 'site/.astro/runs')
    const gonePid = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim())
    const leftover = path.join(runs, `${os.hostname()}-${gonePid}-zzzzzz`)
    fs.mkdirSync(path.join(leftover, 'cache'), { recursive: true })
    const child = script(true)
    expect(await until(() => runners().length > 0, 15_000, 100)).toBe(true)
    const [waiting] = runners()
    const own = fs.readlinkSync(`/proc/${waiting}/cwd`)
    expect(path.dirname(own)).toBe(runs)
    expect(path.basename(own)).toMatch(new RegExp(`^${os.hostname()}-${child.pid}-`))
    expect(fs.existsSync(leftover)).toBe(false)
    child.kill('SIGKILL')
    expect(await until(() => !alive(waiting!) && !fs.existsSync(own), 10_000, 100)).toBe(true)
  })
})
