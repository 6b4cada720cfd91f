import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type PreviewInput, siteBuildEnv } from '@gd/shared/site-build-contract'
import { articleHref, exemplarHref } from '@gd/shared/urls'
import { runAstro, warmAstro } from './astro'

export type PreviewCollection = PreviewInput['collection']

const BANNER =
  '<div role="note" style="background:#fff3cd;border-bottom:3px solid #b58100;padding:.75rem 1rem;font-weight:600">' +
  'Bản xem trước: nội dung này chưa được xuất bản và chỉ người có quyền mới xem được.</div>'

/**
 * Renders one unpublished item with the public site's own pages, components and styles: a build of the site in
 * preview mode (the loader sees only this item, SITE_PREVIEW) into a temporary folder, from which the item's page
 * is taken, its stylesheets inlined and its scripts dropped. Nothing is written to the live site or its cache.
 */
export async function renderPreview(cmsUrl: string, collection: PreviewCollection, doc: { slug?: string | null }): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'gd-xem-truoc-'))
  try {
    const out = path.join(work, 'out')
    const input = path.join(work, 'preview.json')
    const slug = doc.slug || 'xem-truoc'
    const preview: PreviewInput = { collection, doc: { ...doc, slug, _status: 'published' } }
    await fs.writeFile(input, JSON.stringify(preview))
    let log = ''
    const env = siteBuildEnv({ cmsUrl, dist: out, preview: input, cacheDir: '', mode: 'full' })
    await runAstro(env, (chunk) => (log = (log + chunk).slice(-8000))).catch((err: Error) => {
      throw new Error(`Không dựng được bản xem trước (${err.message}).\n${log}`)
    })
    const href = collection === 'articles' ? articleHref(slug) : exemplarHref(slug)
    let html = await fs.readFile(path.join(out, decodeURIComponent(href), 'index.html'), 'utf8')
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"[^>]*>/g)]
    for (const [tag, file] of sheets) {
      const css = await fs.readFile(path.join(out, file), 'utf8').catch(() => '')
      html = html.replace(tag, `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`)
    }
    return html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace('<head>', '<head><meta name="robots" content="noindex, nofollow">')
      .replace(/<body([^>]*)>/, `<body$1>${BANNER}`)
  } finally {
    await fs.rm(work, { recursive: true, force: true })
    warmAstro()
  }
}
