/**
 * The anchor of the build benchmark: bare Astro + Pagefind on N equivalent markdown pages (the same three
 * paragraphs, a list of 12 related on each page, paginated lists of 12, a home page with the latest 12), built in
 * a throw-away folder with the repository's own astro and pagefind. Returns the seconds of `astro build` +
 * `pagefind --site dist`.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const BIN = (name: string) => path.join(ROOT, 'node_modules/.bin', name)

const run = (cmd: string, args: string[], cwd: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd}: ${code}\n${err}`))))
  })

const ARTICLE = `---
import { getCollection, render } from 'astro:content'
export async function getStaticPaths() {
  const all = (await getCollection('tin')).sort((a, b) => b.data.date.localeCompare(a.data.date))
  return all.map((entry, i) => ({ params: { slug: entry.id }, props: { entry, related: all.filter((o) => o.data.theme === entry.data.theme && o.id !== entry.id).slice(0, 12), i } }))
}
const { entry, related } = Astro.props
const { Content } = await render(entry)
---
<html lang="vi"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.excerpt}</p><Content /></main>
<aside><ul>{related.map((r) => <li><a href={'/tin-tuc/' + r.id + '/'}>{r.data.title}</a></li>)}</ul></aside></body></html>
`
const LIST = `---
import { getCollection } from 'astro:content'
export async function getStaticPaths({ paginate }) {
  const all = (await getCollection('tin')).sort((a, b) => b.data.date.localeCompare(a.data.date))
  return paginate(all, { pageSize: 12 })
}
const { page } = Astro.props
---
<html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head>
<body><ul>{page.data.map((r) => <li><a href={'/tin-tuc/' + r.id + '/'}>{r.data.title}</a><p>{r.data.excerpt}</p></li>)}</ul></body></html>
`
const HOME = `---
import { getCollection } from 'astro:content'
const latest = (await getCollection('tin')).sort((a, b) => b.data.date.localeCompare(a.data.date)).slice(0, 12)
---
<html lang="vi"><head><meta charset="utf-8"><title>Trang chủ</title></head>
<body><ul>{latest.map((r) => <li><a href={'/tin-tuc/' + r.id + '/'}>{r.data.title}</a></li>)}</ul></body></html>
`
const CONFIG = `import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
export const collections = { tin: defineCollection({ loader: glob({ pattern: '*.md', base: './src/tin' }) }) }
`

export async function bareAstroBuild(n: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-bare-'))
  try {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
    fs.writeFileSync(path.join(dir, 'astro.config.mjs'), 'export default {}\n')
    fs.mkdirSync(path.join(dir, 'src/pages/tin-tuc/trang'), { recursive: true })
    fs.mkdirSync(path.join(dir, 'src/tin'))
    fs.writeFileSync(path.join(dir, 'src/content.config.ts'), CONFIG)
    fs.writeFileSync(path.join(dir, 'src/pages/tin-tuc/[slug].astro'), ARTICLE)
    fs.writeFileSync(path.join(dir, 'src/pages/tin-tuc/trang/[page].astro'), LIST)
    fs.writeFileSync(path.join(dir, 'src/pages/index.astro'), HOME)
    for (let i = 1; i <= n; i++) {
      const date = new Date(Date.now() - i * 3_600_000).toISOString()
      fs.writeFileSync(
        path.join(dir, `src/tin/tin-do-hieu-nang-so-${i}.md`),
        `---\ntitle: "Tin đo hiệu năng số ${i}: hoạt động giáo dục ở các trường"\nexcerpt: "Tóm tắt tin số ${i}."\ntheme: ${i % 10}\ndate: "${date}"\n---\n\n` +
          `Bài số ${i}: Phòng Giáo dục và Đào tạo triển khai nhiệm vụ năm học với nhiều giải pháp đồng bộ, nâng cao chất lượng giáo dục toàn diện.\n\n` +
          'Các nhà trường tập trung đổi mới phương pháp dạy học, tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý.\n\n' +
          'Công tác phối hợp giữa nhà trường, gia đình và xã hội được chú trọng, tạo môi trường giáo dục an toàn, lành mạnh, thân thiện.\n',
      )
    }
    const t0 = performance.now()
    await run(BIN('astro'), ['build'], dir)
    await run(BIN('pagefind'), ['--site', 'dist'], dir)
    const s = Number(((performance.now() - t0) / 1000).toFixed(2))
    const pages = fs.readdirSync(path.join(dir, 'dist/tin-tuc')).length
    if (pages < n) throw new Error(`bare Astro: ${pages} trang, cần ${n}`)
    return s
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
