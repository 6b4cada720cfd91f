/**
 * `npm run bench -- [articles=1000]`: every benchmark of issue 15 in one sitting, the product beside its anchors, and
 * ONE JSON line at the end with every figure and ratio. BENCH_SECONDS sets each load's duration (default 30; e.g.
 * BENCH_SECONDS=3 for a quick check). Prints numbers; not a test. In order:
 * 1. the bare Astro + Pagefind build of N equivalent pages (lib/bare-astro.ts), then the product: N articles, its
 *    full build, publish → live and the one-article rebuild (lib/publish-to-live.ts), then two more bare and full
 *    builds, one after the other (the medians of the three are compared), with the CMS's and the build steps' peak
 *    memory (lib/process-memory.ts);
 * 2. static GET of / and of an article from that server, and bare express (echo-server.ts), autocannon at 50
 *    connections (lib/http-load.ts);
 * 3. intake (`POST /gop-y/gui/`, each body different) and Payload's own REST create of the same feedback, on one fresh
 *    server, then the check that every 2xx was stored and none twice; the fetch-client feedback load
 *    (lib/feedback-load.ts, 50 clients) and the 429 path (lib/rate-limit.ts).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bareAstroBuild } from './lib/bare-astro.ts'
import { freePort, prepare, runLoad } from './lib/feedback-load.ts'
import { benchSeconds, httpLoad } from './lib/http-load.ts'
import { memorySampler } from './lib/process-memory.ts'
import { measureIntake } from './lib/intake.ts'
import { fullRebuild, measurePublish, seedArticles, settle, startRebuildingServer, until } from './lib/publish-to-live.ts'
import { measureRateLimit } from './lib/rate-limit.ts'

const N = Number(process.argv[2] ?? 1000)
const S = benchSeconds()
const log = (m: string) => console.log(`[bench] ${m}`)
const ratio = (a: number, b: number) => Number((a / b).toFixed(3))
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `gd-bench-${name}-`))
const out: Record<string, unknown> = { articles: N, loadSeconds: S }

// 1. builds: the bare anchor and the product's full build BUILD_PAIRS times, one after the other, compared by their
// medians (one pair alone moved the ratio by a fifth between runs of the same code on this machine)
const BUILD_PAIRS = 3
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
log(`bare Astro + Pagefind, ${N} trang…`)
const bare = [await bareAstroBuild(N)]
log(`bare: ${bare[0]} s; tạo ${N} tin bài…`)
const siteDir = tmp('site')
out.seedS = await seedArticles(siteDir, N)
const site = await startRebuildingServer(siteDir)
const memory = memorySampler(() => site.child.pid)
try {
  const publish = await measurePublish(site, N)
  const { log: _log, ...figures } = publish
  Object.assign(out, figures)
  log(`build toàn bộ ${publish.fullBuildS} s, xuất bản → trực tuyến ${publish.publishToLiveS} s, build lại ${publish.oneArticleRebuildS} s`)
  const full = [{ s: publish.fullBuildS, wallS: publish.fullBuildWallS }]
  while (full.length < BUILD_PAIRS) {
    await settle(siteDir)
    bare.push(await bareAstroBuild(N))
    const again = await fullRebuild(site)
    full.push(again)
    log(`bare ${bare.at(-1)} s, build toàn bộ ${again.s} s (${again.phases})`)
  }
  // fullBuildS: from the start until the new site is live; fullBuildWallS: from the request until the build is done,
  // the compressed copies written after going live included (site-build/build.ts)
  out.bareBuildRunsS = bare
  out.fullBuildRunsS = full.map((f) => f.s)
  out.fullBuildWallRunsS = full.map((f) => f.wallS)
  out.bareBuildS = median(bare)
  out.fullBuildS = median(full.map((f) => f.s))
  out.fullBuildWallS = median(full.map((f) => f.wallS))
  out.fullBuildRatioToBare = ratio(Number(out.fullBuildS), Number(out.bareBuildS))
  out.fullBuildWallRatioToBare = ratio(Number(out.fullBuildWallS), Number(out.bareBuildS))
  out.oneArticleRebuildRatio = ratio(publish.oneArticleRebuildS, Number(out.fullBuildS))
  out.buildPeakRssMiB = memory.peaks().childMiB

  // 2. static pages beside bare express
  await settle(siteDir)
  out.cmsIdleRssMiB = memory.peaks().selfMiB
  // the CMS's own peak under the static load alone (the peak above includes the builds it ran)
  memory.resetSelf()
  const gzip = { 'accept-encoding': 'gzip, deflate, br' }
  const home = await httpLoad({ url: `${site.url}/`, headers: gzip })
  const article = await httpLoad({ url: `${site.url}${publish.articlePath}`, headers: gzip })
  out.staticHome = home
  out.staticArticle = article
  out.staticReqS = Math.round((home.reqS + article.reqS) / 2)
  out.staticP99Ms = Math.max(home.p99Ms, article.p99Ms)
  out.staticPeakRssMiB = memory.peaks().selfMiB
  out.cmsPeakRssMiB = Math.max(Number(out.cmsIdleRssMiB), Number(out.staticPeakRssMiB))
  log(`tĩnh: / ${home.reqS} yêu cầu/s, tin ${article.reqS} yêu cầu/s`)
} finally {
  memory.stop()
  await site.stop()
  fs.rmSync(siteDir, { recursive: true, force: true })
}
const echoPort = await freePort()
const echo = spawn(process.execPath, ['--import', 'tsx/esm', path.join(import.meta.dirname, 'echo-server.ts')], {
  env: { ...process.env, PORT: String(echoPort) },
  stdio: ['ignore', 'ignore', 'inherit'],
})
try {
  const echoUrl = `http://127.0.0.1:${echoPort}/echo`
  await until(async () => (await fetch(echoUrl)).ok, 30_000)
  const get = await httpLoad({ url: echoUrl })
  const post = await httpLoad({
    url: echoUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: 'Góp ý', message: 'Nội dung góp ý gửi khi đo tải.' }),
  })
  out.echoReqS = get.reqS
  out.echoPostReqS = post.reqS
  out.staticRatioToEcho = ratio(Number(out.staticReqS), get.reqS)
  log(`express echo: GET ${get.reqS}, POST ${post.reqS} yêu cầu/s`)
} finally {
  echo.kill('SIGTERM')
}

// 3. intake beside Payload's REST create, on one fresh server (lib/intake.ts)
{
  const { cmsPeakRssMiB, ...intake } = await measureIntake()
  Object.assign(out, intake)
  out.intakePeakRssMiB = cmsPeakRssMiB
  out.cmsPeakRssMiB = Math.max(Number(out.cmsPeakRssMiB ?? 0), cmsPeakRssMiB)
  log(`tiếp nhận ${intake.intakeReqS} yêu cầu/s (p99 ${intake.intakeP99Ms} ms); REST create ${intake.restCreateReqS} yêu cầu/s`)
}
const loadDir = tmp('load')
try {
  await prepare(loadDir)
  const r = await runLoad({ dataDir: loadDir, clients: 50, seconds: S })
  out.feedbackLoad = {
    reqS: r.reqPerSec,
    p99Ms: r.p99ms,
    failed: r.failed,
    lost: r.lost.length,
    duplicates: r.duplicates,
    storedNotAcknowledged: r.storedNotAcknowledged,
    integrity: r.integrity,
  }
  log(`tải góp ý (50 máy khách fetch): ${r.reqPerSec} góp ý/s`)
} finally {
  fs.rmSync(loadDir, { recursive: true, force: true })
}
const refusals = await measureRateLimit(20, Math.min(S, 15))
out.rateLimitReqS = refusals.reqS
out.rateLimitP99Ms = refusals.p99Ms
out.rateLimitOk = refusals.ok
out.rateLimitRatioToEcho = ratio(refusals.reqS, Number(out.echoPostReqS))

console.log(JSON.stringify(out))
process.exit(0)
