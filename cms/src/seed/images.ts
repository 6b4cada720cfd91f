import sharp from 'sharp'
import { between, classroom, flagCeremony, library, type Rand, schoolFront, sharedDefs } from './cover-scenes'

/**
 * Demo covers: scenes of school life (the flag ceremony, a school front, a classroom, a library; `cover-scenes.ts`)
 * drawn locally as SVG in three depths and finished like a photograph: sunlight from the upper left, lens vignette,
 * a warm-highlight/cool-shadow grade, luminance grain. Illustrations that read as photographs at a glance, not
 * photographs. No text (no font needed), nothing downloaded; the same index always gives the same picture.
 */

/** A small deterministic generator (mulberry32), so a cover is the same on every seed. */
function random(seed: number): Rand {
  let a = seed * 2654435761
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SCENES = [flagCeremony, schoolFront, classroom, library] as const

/** Film grain: deterministic luminance noise, finer than a pixel pair, laid over the picture. */
async function grain(r: Rand, width: number, height: number): Promise<Buffer> {
  const px = Buffer.alloc(width * height * 2)
  for (let i = 0; i < width * height; i++) {
    px[i * 2] = 128 + Math.round((r() + r() + r() - 1.5) * 70)
    px[i * 2 + 1] = 30 // alpha: a light touch (finer grain costs the pictures weight)
  }
  return sharp(px, { raw: { width, height, channels: 2 } })
    .png()
    .toBuffer()
}

/** How many different pictures the demo has: covers repeat after this, and each is drawn once per process. */
const DISTINCT = 13
/** Which scene each of them shows (spread so neighbouring articles rarely share one). */
const SCENE_OF = [0, 1, 2, 3, 0, 2, 1, 3, 2, 0, 3, 1, 2] as const
/** What each scene shows, as its alt text (the same words whatever the article: the picture is of school life). */
const SCENE_ALT = [
  'Học sinh xếp hàng dự lễ chào cờ trên sân trường, nhìn từ phía sau',
  'Dãy lớp học và cột cờ của một ngôi trường buổi sáng, học sinh đi trên sân',
  'Lớp học nhìn từ bàn cuối: học sinh ngồi học, cô giáo giảng bài bên bảng',
  'Học sinh đọc sách bên bàn trong thư viện nhà trường',
] as const
const drawn = new Map<string, Promise<Buffer>>()
const DRAW_SCALE = 0.75

/** A demo cover, 16:9, JPEG (1280 px wide: the largest size the site shows). */
export function makeCover(index: number, width = 1280, height = 720): Promise<Buffer> {
  const key = `${index % DISTINCT}:${width}x${height}`
  let cover = drawn.get(key)
  if (!cover) drawn.set(key, (cover = draw(index % DISTINCT, width, height)))
  return cover
}

/** The alt text of the cover `makeCover(index)` draws: what its scene shows. */
export const coverAlt = (index: number): string => SCENE_ALT[SCENE_OF[index % DISTINCT]]

async function draw(index: number, width: number, height: number): Promise<Buffer> {
  const r = random(index + 1)
  const scene = SCENES[SCENE_OF[index]]
  const light = between(r, 0.12, 0.22)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width * DRAW_SCALE)}" height="${Math.round(height * DRAW_SCALE)}" viewBox="0 0 ${width} ${height}">
    ${sharedDefs(width, index + 3)}
    ${scene(r, width, height)}
    <defs><radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient>
      <linearGradient id="light" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff6dc" stop-opacity="${light}"/><stop offset="1" stop-color="#fff6dc" stop-opacity="0"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#light)"/><rect width="100%" height="100%" fill="url(#vignette)"/>
  </svg>`
  // drawn at three quarters of the size and enlarged: the filters cost half as much, and a lens softens it anyway
  const rendered = await sharp(Buffer.from(svg)).resize(width, height).blur(0.4).toBuffer()
  return sharp(rendered)
    .composite([{ input: await grain(r, width, height), blend: 'overlay' }])
    .modulate({ saturation: 0.9, brightness: 1.02 })
    .recomb([
      [1.04, 0.02, -0.02],
      [0, 1.0, 0.01],
      [-0.03, 0.02, 0.98],
    ])
    .linear(1.06, -6)
    .jpeg({ quality: 84, mozjpeg: true })
    .toBuffer()
}
