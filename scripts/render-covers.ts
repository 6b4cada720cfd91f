/**
 * `node --import tsx/esm scripts/render-covers.ts [scene ...] [--preview]`: renders the demo covers
 * (cms/src/seed/covers/scenes/*.pov, POV-Ray 3.7: radiosity, an area-light sun, focal blur) and finishes each like a
 * photograph (lens vignette, a gentle tone curve, a touch cooler than the warm sun, fine grain), writing cms/src/seed/covers/<scene>.jpg
 * at 1280×720 (mozjpeg, under 180 KB). Needs `povray` (Debian: `apt-get install povray`); CI and the seed never
 * render, they read the committed JPEGs. No `+A`: the focal blur's own samples (6–24 rays a pixel, adaptive) already
 * antialias, and POV-Ray would multiply the two. A scene takes one to eight minutes on two busy cores; `--preview`
 * renders quickly at 640×360 without focal blur into /tmp/covers-preview/ instead; `--finish-only` finishes the
 * last renders again (kept in the temporary folder) without rendering.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const COVERS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cms/src/seed/covers')
const SCENES = path.join(COVERS, 'scenes')
const MAX_BYTES = 180_000

const args = process.argv.slice(2)
const preview = args.includes('--preview')
/** Only finish again the last renders (left in the temporary folder), e.g. after changing the grade. */
const finishOnly = args.includes('--finish-only')
const named = args.filter((a) => !a.startsWith('--'))
const all = fs
  .readdirSync(SCENES)
  .filter((f) => f.endsWith('.pov'))
  .map((f) => f.slice(0, -4))
const scenes = named.length ? named : all
const unknown = scenes.filter((s) => !all.includes(s))
if (unknown.length) throw new Error(`Không có cảnh: ${unknown.join(', ')} (các cảnh: ${all.join(', ')})`)

const [width, height] = preview ? [640, 360] : [1280, 720]
const outDir = preview ? path.join(os.tmpdir(), 'covers-preview') : COVERS
fs.mkdirSync(outDir, { recursive: true })

/** A dark lens vignette: transparent in the middle, about a third darker in the corners. */
const vignette = (w: number, h: number) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <defs><radialGradient id="v" cx="0.5" cy="0.5" r="0.75">
      <stop offset="0.5" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.38"/>
    </radialGradient></defs><rect width="100%" height="100%" fill="url(#v)"/></svg>`)

/** Luminance grain, faint, the same on every run. */
function grain(w: number, h: number): Promise<Buffer> {
  let a = 20250905
  const rand = () => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a / 4294967296
  }
  const px = Buffer.alloc(w * h * 2)
  for (let i = 0; i < w * h; i++) {
    px[i * 2] = 128 + Math.round((rand() + rand() + rand() - 1.5) * 60)
    px[i * 2 + 1] = 18
  }
  return sharp(px, { raw: { width: w, height: h, channels: 2 } })
    .png()
    .toBuffer()
}

async function finish(png: string, jpg: string): Promise<number> {
  const graded = await sharp(png)
    .composite([
      { input: vignette(width, height), blend: 'multiply' },
      { input: await grain(width, height), blend: 'overlay' },
    ])
    .toBuffer()
  // the best quality from 84 down (by 4) that fits MAX_BYTES, else 60
  for (let quality = 84; ; quality -= 4) {
    const out = await sharp(graded)
      .modulate({ saturation: 0.96 })
      .recomb([
        [0.98, 0.02, 0],
        [0, 1.0, 0],
        [0, 0.02, 1.0],
      ])
      .linear(1.05, -4)
      .jpeg({ quality, mozjpeg: true })
      .toBuffer()
    if (out.length <= MAX_BYTES || quality <= 60) {
      fs.writeFileSync(jpg, out)
      return out.length
    }
  }
}

for (const scene of scenes) {
  const png = path.join(os.tmpdir(), `cover-${scene}-${width}.png`)
  const started = Date.now()
  if (!finishOnly) render(scene, png)
  const bytes = await finish(png, path.join(outDir, `${scene}.jpg`))
  console.log(`${scene}: ${Math.round((Date.now() - started) / 1000)} s, ${Math.round(bytes / 1000)} KB`)
}

function render(scene: string, png: string) {
  const run = spawnSync(
    'nice',
    ['-n', '10', 'povray', `+I${scene}.pov`, `+O${png}`, `+W${width}`, `+H${height}`, '+FN', '-D', `Declare=Quality=${preview ? 0 : 1}`],
    { cwd: SCENES, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  )
  if (run.error) throw new Error(`Không chạy được POV-Ray (cài bằng apt-get install povray): ${run.error.message}`)
  if (run.status !== 0) throw new Error(`POV-Ray lỗi khi dựng cảnh ${scene}:\n${run.stderr.split('\n').slice(-15).join('\n')}`)
}
