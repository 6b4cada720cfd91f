/**
 * `npm start`: the whole product on the embedded default, in one process on one port.
 * Builds what is missing, migrates and seeds an empty database, serves /, /admin, /api and the public
 * endpoints, and builds the public site when it has not been built yet. Ctrl-C stops it cleanly.
 */
import fs from 'node:fs'
import path from 'node:path'
import { config } from '@gd/shared/config'
import { ensureAdminBuild } from './lib/admin-build.ts'
import { prepareLocalEnv, ROOT } from './lib/local-env.ts'
import { run } from './lib/run.ts'
import { serve } from './lib/serve.ts'

prepareLocalEnv()
const mode = config().isProduction ? 'production' : 'development'

await ensureAdminBuild('Đang dựng trang quản trị (lần đầu hoặc sau khi mã nguồn thay đổi, khoảng 1 phút)…')

// Migrations and demo content run first in their own process, in the mode the user asked for
// (demo accounts only outside production); the server itself always runs Next in production mode.
await run(process.execPath, ['--import', 'tsx/esm', path.join(ROOT, 'scripts/seed.ts')], {
  cwd: ROOT,
  env: { ...process.env, NODE_ENV: mode },
})

const server = await serve()
const { SITE_DIST } = await import('../cms/src/utilities/paths.ts')
const { coordinator } = await import('../cms/src/site-build/coordinator.ts')
console.log(`\nMáy chủ đã chạy: ${server.url}/  (quản trị: ${server.url}/admin, API: ${server.url}/api)`)

const builder = coordinator()
if (builder && fs.existsSync(path.join(SITE_DIST, 'index.html'))) {
  // the site's code may have changed since the last build: rebuild it all, serving the current one meanwhile
  builder.request({ reason: 'khởi động lại', full: true })
} else if (builder) {
  console.log('Đang build trang công khai…')
  builder.request({ reason: 'khởi động', full: true })
  await builder.idle()
  const last = builder.history.at(-1)
  if (last?.error) console.error(`Build trang công khai thất bại (${last.error}); trang quản trị vẫn chạy.`)
  else console.log(`Đã build trang công khai trong ${last?.result?.seconds.toFixed(1)} giây.`)
}
console.log(`Sẵn sàng: ${server.url}/`)
