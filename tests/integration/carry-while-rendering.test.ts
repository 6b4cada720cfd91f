import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeRenderPlan } from '@gd/shared/site-build-contract'
import { carryWhileRendering } from '../../cms/src/site-build/carry-while-rendering'
import { moveAstroOutput, RENDERING_DIR } from '../../cms/src/site-build/staging'
import { until } from '../helpers/wait'

/**
 * An incremental build's carry-over begun while Astro renders (cms/src/site-build/carry-while-rendering.ts), on real
 * folders: it links every page of the live build at once, takes the plan made for its own build folder only, and once
 * done has kept only the pages the plan keeps, never a sub-folder that is another page (Astro may be writing that one
 * at the same moment), nor any folder left empty.
 */
let root: string
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}
function folders() {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-carry-'))
  const previous = path.join(root, 'live')
  const dir = path.join(root, 'new')
  const cache = path.join(root, 'cache')
  const rendering = path.join(dir, RENDERING_DIR)
  fs.mkdirSync(rendering, { recursive: true })
  write(path.join(previous, 'tin-tuc/a/index.html'), 'tin a')
  write(path.join(previous, 'tin-tuc/a/index.html.br'), 'nén a')
  write(path.join(previous, 'tin-tuc/khac/index.html'), 'tin khác')
  // an article whose address is "trang", above the list's later pages
  write(path.join(previous, 'tin-tuc/trang/index.html'), 'tin trang')
  write(path.join(previous, 'tin-tuc/trang/2/index.html'), 'danh sách trang 2 cũ')
  return { previous, dir, cache, rendering }
}
const plan = (forDir: string, carryOver: string[]) => ({ mode: 'incremental' as const, for: forDir, rendered: 1, carryOver })
const waitMs = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** Until the carry has taken the plan (its process has made the first page's folder), however busy the machine. */
const taken = async (dir: string) => expect(await until(() => fs.existsSync(path.join(dir, 'tin-tuc')), 30_000, 20)).toBe(true)

afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('the carry-over while Astro renders', () => {
  it('links the kept pages once the plan for its own folder is written, not the sub-folders that are other pages', async () => {
    const { previous, dir, cache, rendering } = folders()
    const carry = carryWhileRendering(previous, dir, cache, rendering)
    // another build's plan (another process on the same data), seen by several polls before this build's own: not
    // taken (had it been, its page "khac" would be carried, and this build's plan never read)
    writeRenderPlan(cache, plan(path.join(root, 'other'), ['tin-tuc/khac/']))
    await waitMs(150)
    writeRenderPlan(cache, plan(rendering, ['tin-tuc/a/', 'tin-tuc/trang/', 'tin-tuc/da-xoa/']))
    await taken(dir)
    const carried = await carry.finish()
    expect(carried?.reused).toBe(2) // "da-xoa" is not in the live build
    expect(fs.existsSync(path.join(dir, 'tin-tuc/khac'))).toBe(false)
    for (const file of ['tin-tuc/a/index.html', 'tin-tuc/a/index.html.br', 'tin-tuc/trang/index.html'])
      expect(fs.statSync(path.join(dir, file)).ino).toBe(fs.statSync(path.join(previous, file)).ino)
    // the list's page 2 is Astro's to write (or to carry on its own): a link here would let Astro write into the live file
    expect(fs.existsSync(path.join(dir, 'tin-tuc/trang/2'))).toBe(false)
  })

  it('carries nothing when no plan for its folder came while Astro ran, or the plan renders everything', async () => {
    const { previous, dir, cache, rendering } = folders()
    expect(await carryWhileRendering(previous, dir, cache, rendering).finish()).toBeNull()
    const carry = carryWhileRendering(previous, dir, cache, rendering)
    writeRenderPlan(cache, { mode: 'full', for: rendering, rendered: 3, carryOver: [] })
    await waitMs(150)
    expect(await carry.finish()).toBeNull()
    expect(fs.readdirSync(dir)).toEqual([RENDERING_DIR])
  })

  it('moves what Astro rendered in by renames: a file of a carried page is replaced, never written into (the live file stays as it was)', async () => {
    const { previous, dir, cache, rendering } = folders()
    const carry = carryWhileRendering(previous, dir, cache, rendering)
    writeRenderPlan(cache, plan(rendering, ['tin-tuc/a/', 'tin-tuc/trang/']))
    await taken(dir)
    await carry.finish()
    // Astro rendered the list's page 2 under the carried "trang", a new article, and (as a fault would) page "a" again
    write(path.join(rendering, 'tin-tuc/trang/2/index.html'), 'danh sách trang 2 mới')
    write(path.join(rendering, 'tin-tuc/moi/index.html'), 'tin mới')
    write(path.join(rendering, 'tin-tuc/a/index.html'), 'tin a viết lại')
    write(path.join(rendering, 'index.html'), 'trang chủ')
    await moveAstroOutput(rendering, dir)
    expect(fs.existsSync(rendering)).toBe(false)
    const read = (base: string, file: string) => fs.readFileSync(path.join(base, file), 'utf8')
    expect(read(dir, 'tin-tuc/trang/2/index.html')).toBe('danh sách trang 2 mới')
    expect(read(dir, 'tin-tuc/moi/index.html')).toBe('tin mới')
    expect(read(dir, 'tin-tuc/a/index.html')).toBe('tin a viết lại')
    expect(read(dir, 'tin-tuc/trang/index.html')).toBe('tin trang')
    expect(read(dir, 'index.html')).toBe('trang chủ')
    // the live build is untouched
    expect(read(previous, 'tin-tuc/a/index.html')).toBe('tin a')
    expect(read(previous, 'tin-tuc/trang/2/index.html')).toBe('danh sách trang 2 cũ')
  })
})
