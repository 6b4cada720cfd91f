import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { envFor, ROOT } from './env'
import { ensureServerBundle, SERVER_ARGS } from '../../scripts/lib/server-bundle.ts'

export interface TestServer {
  url: string
  child: ChildProcess
  output: () => string
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
  })
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string, output: () => string, alive: () => boolean) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`Máy chủ đã thoát trước khi sẵn sàng. Nhật ký:\n${output().slice(-4000)}`)
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Hết thời gian chờ ${what}. Nhật ký máy chủ:\n${output().slice(-4000)}`)
}

/**
 * The real server (scripts/serve.ts: express 5 + Next + Payload, production mode, from its bundle) in a child process on a free
 * port, on the given data folder. Resolves when /healthz answers 200.
 */
export async function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<TestServer> {
  // as production runs it: the bundle of scripts/serve.ts (scripts/lib/server-bundle.ts), made again if the code changed
  await ensureServerBundle()
  // the public site is not rebuilt on changes unless a test asks for it (SITE_REBUILD: 'on')
  return launch(SERVER_ARGS, dataDir, { NODE_ENV: 'production', SITE_REBUILD: 'off', ...extraEnv }, 120_000, (url) =>
    fetch(`${url}/healthz`).then((r) => r.status === 200),
  )
}

/**
 * The whole product as `npm start` runs it (build what is missing, migrate, seed the demo content with its
 * demo accounts, serve, build the public site into dataDir/site). Resolves when it prints that it is ready.
 */
export function startProduct(dataDir: string, extraEnv: Record<string, string> = {}): Promise<TestServer> {
  const { NODE_ENV: _mode, ...env } = process.env
  return launch(
    ['--import', 'tsx/esm', path.join(ROOT, 'scripts', 'start.ts')],
    dataDir,
    { SITE_DIST: path.join(dataDir, 'site'), ...extraEnv },
    600_000,
    async (_url, log) => log.includes('Sẵn sàng:'),
    env as NodeJS.ProcessEnv,
  )
}

/** What scripts/serve.ts and scripts/start.ts print once listening, with their port. */
const LISTENING = /Máy chủ đã chạy: http:\/\/[^:/\s]+:(\d+)\//

async function launch(
  args: string[],
  dataDir: string,
  extraEnv: Record<string, string>,
  timeoutMs: number,
  ready: (url: string, log: string) => Promise<boolean>,
  baseEnv: NodeJS.ProcessEnv = process.env,
): Promise<TestServer> {
  for (let attempt = 1; ; attempt++) {
    // a port the caller chose (its PUBLIC_URL names it: scripts/lighthouse.ts) is kept; else a free one
    const port = extraEnv.PORT ? Number(extraEnv.PORT) : await freePort()
    let log = ''
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...baseEnv, ...envFor(dataDir), PORT: String(port), HOST: '127.0.0.1', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.on('data', (d) => (log += d))
    child.stderr!.on('data', (d) => (log += d))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const url = `http://127.0.0.1:${port}`
    try {
      // the port was free when looked for, yet another worker's server may take it before this one listens: then the
      // probe would be answered by that server (a CI run's rebuild-triggers got another server's 409). So the probe
      // counts only once this server has said it listens there; one that could not is started again on another port.
      await waitFor(
        async () => LISTENING.exec(log)?.[1] === String(port) && (await ready(url, log)),
        timeoutMs,
        'máy chủ khởi động',
        () => log,
        () => child.exitCode === null && child.signalCode === null,
      )
    } catch (err) {
      if (attempt < 3 && /EADDRINUSE/.test(log) && !extraEnv.PORT) continue
      throw err
    }
    return {
      url,
      child,
      output: () => log,
      async stop() {
        if (child.exitCode === null) {
          child.kill('SIGTERM')
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
          await exited
          clearTimeout(timer)
        }
      },
    }
  }
}
