import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from './env'
import { freePort } from './server'

export const NGINX_BIN = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p))

export interface RunningNginx {
  url: string
  port: number
  errorLog: () => string
  stop(): Promise<void>
}

/**
 * deploy/nginx.conf as it is, with only the upstream address (or addresses: several CMS processes, one `server`
 * line each, as a department would add them), the listen address and the site root substituted, run by Debian's
 * nginx in the foreground as a non-root process (nobody when the tests run as root) with its own prefix, pid file,
 * temporary folders and error log in a temporary folder.
 */
export function deployConf(upstream: string | string[], listen: string, root: string): string {
  const conf = fs.readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8')
  const upstreams = [upstream].flat()
  const out = conf
    .replace(/^(\s*)server cms:3000;$/m, (_line, indent: string) => upstreams.map((u) => `${indent}server ${u};`).join('\n'))
    .replace(/^(\s*)listen 80;$/m, `$1listen ${listen};`)
    .replace(/^(\s*)root \/srv\/site\/current;$/m, `$1root ${root};`)
  for (const must of [...upstreams, listen, root]) if (!out.includes(must)) throw new Error(`deploy/nginx.conf: không thay được ${must}`)
  return out
}

export async function startNginx(upstream: string | string[], siteRoot: string, port?: number): Promise<RunningNginx> {
  if (!NGINX_BIN) throw new Error('nginx chưa được cài (apt-get install -y nginx).')
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-nginx-'))
  port ??= await freePort()
  const log = path.join(prefix, 'error.log')
  const temp = (name: string) => path.join(prefix, name)
  fs.writeFileSync(path.join(prefix, 'site.conf'), deployConf(upstream, `0.0.0.0:${port}`, siteRoot))
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${temp('nginx.pid')};`,
      `error_log ${log} warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp(t)};`),
      `  include ${path.join(prefix, 'site.conf')};`,
      '}',
    ].join('\n'),
  )
  // as root, nginx runs as nobody (as a non-root process, like its workers in production)
  const asRoot = process.getuid?.() === 0
  if (asRoot) spawnSync('chown', ['-R', '65534:65534', prefix])
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', log], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  const errorLog = () => `${stderr}${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx đã thoát (${child.exitCode}):\n${errorLog()}`)
    if (
      await fetch(`${url}/healthz`).then(
        () => true,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) throw new Error(`nginx không trả lời:\n${errorLog()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    port,
    errorLog,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGQUIT')
        await exited
      }
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
