import sharp from 'sharp'

/**
 * Demo covers: scenes of school life (a school front with its flag, a classroom, the schoolyard, a library) drawn
 * locally as SVG and rendered by sharp with soft focus, film grain and a vignette so they read as photographs at a
 * glance. No text (no font needed), nothing downloaded; the same index always gives the same picture.
 */
type Rand = () => number

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
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
const between = (r: Rand, lo: number, hi: number) => lo + r() * (hi - lo)

const SKIES = [
  ['#8fc4ea', '#e4f1fa'],
  ['#a9cde6', '#f3ece0'],
  ['#7fb3dc', '#d9ecf7'],
] as const
const SKIN = ['#e6b894', '#d9a47f', '#f0c9a6', '#c98f6a']
const HAIR = ['#1d1612', '#2a1d16', '#120d0b']

/** A pupil seen from the front at (x, y = feet), height h: white shirt, navy trousers or skirt, often a red scarf. */
function pupil(r: Rand, x: number, y: number, h: number): string {
  const w = h * 0.34
  const head = h * 0.13
  const skirt = r() < 0.5
  const scarf = r() < 0.7
  const legs = skirt
    ? `<path d="M${x - w * 0.5} ${y - h * 0.52} L${x + w * 0.5} ${y - h * 0.52} L${x + w * 0.62} ${y - h * 0.3} L${x - w * 0.62} ${y - h * 0.3}Z" fill="#1f2f5c"/>
       <rect x="${x - w * 0.3}" y="${y - h * 0.3}" width="${w * 0.18}" height="${h * 0.27}" fill="${pick(r, SKIN)}"/>
       <rect x="${x + w * 0.12}" y="${y - h * 0.3}" width="${w * 0.18}" height="${h * 0.27}" fill="${pick(r, SKIN)}"/>`
    : `<rect x="${x - w * 0.42}" y="${y - h * 0.52}" width="${w * 0.38}" height="${h * 0.49}" fill="#1f2f5c"/>
       <rect x="${x + w * 0.04}" y="${y - h * 0.52}" width="${w * 0.38}" height="${h * 0.49}" fill="#1b2950"/>`
  return `<g>
    <ellipse cx="${x}" cy="${y}" rx="${w * 0.7}" ry="${h * 0.03}" fill="#000" fill-opacity="0.18"/>
    ${legs}
    <rect x="${x - w * 0.5}" y="${y - h * 0.04}" width="${w}" height="${h * 0.04}" rx="${h * 0.02}" fill="#222"/>
    <path d="M${x - w * 0.55} ${y - h * 0.5} L${x - w * 0.5} ${y - h * 0.8} Q${x} ${y - h * 0.86} ${x + w * 0.5} ${y - h * 0.8} L${x + w * 0.55} ${y - h * 0.5}Z" fill="#f4f6f8"/>
    <path d="M${x - w * 0.5} ${y - h * 0.8} L${x - w * 0.72} ${y - h * 0.55} L${x - w * 0.56} ${y - h * 0.53}Z" fill="#e8ebee"/>
    <path d="M${x + w * 0.5} ${y - h * 0.8} L${x + w * 0.72} ${y - h * 0.55} L${x + w * 0.56} ${y - h * 0.53}Z" fill="#e8ebee"/>
    ${scarf ? `<path d="M${x - w * 0.25} ${y - h * 0.82} L${x + w * 0.25} ${y - h * 0.82} L${x + w * 0.05} ${y - h * 0.66} L${x - w * 0.05} ${y - h * 0.66}Z" fill="#d42a2a"/>` : ''}
    <rect x="${x - head * 0.35}" y="${y - h * 0.86}" width="${head * 0.7}" height="${h * 0.05}" fill="${pick(r, SKIN)}"/>
    <ellipse cx="${x}" cy="${y - h * 0.92}" rx="${head * 0.62}" ry="${head * 0.72}" fill="${pick(r, SKIN)}"/>
    <path d="M${x - head * 0.66} ${y - h * 0.92} Q${x - head * 0.7} ${y - h * 1.01} ${x} ${y - h * 1.005} Q${x + head * 0.7} ${y - h * 1.01} ${x + head * 0.66} ${y - h * 0.92} Q${x} ${y - h * 0.97} ${x - head * 0.66} ${y - h * 0.92}Z" fill="${pick(r, HAIR)}"/>
  </g>`
}

/** A round-crowned tree at (x, y = base). */
function tree(r: Rand, x: number, y: number, h: number): string {
  const greens = ['#3f7d3a', '#4b8c3f', '#356e33', '#5a9a48']
  const blobs = Array.from({ length: 7 }, () => {
    const cx = x + between(r, -h * 0.3, h * 0.3)
    const cy = y - h * between(r, 0.55, 0.95)
    return `<circle cx="${cx}" cy="${cy}" r="${h * between(r, 0.18, 0.3)}" fill="${pick(r, greens)}"/>`
  }).join('')
  return `<rect x="${x - h * 0.035}" y="${y - h * 0.5}" width="${h * 0.07}" height="${h * 0.5}" fill="#5b4331"/>${blobs}`
}

/** The front of a school: yellow walls, red-tiled roof, rows of windows, the flag, trees and pupils in the yard. */
function schoolFront(r: Rand, W: number, H: number): string {
  const [top, bottom] = pick(r, SKIES)
  const ground = H * 0.66
  const bx = W * between(r, 0.08, 0.2)
  const bw = W * between(r, 0.62, 0.75)
  const floors = 3
  const fh = H * 0.13
  const by = ground - floors * fh
  const windows: string[] = []
  for (let f = 0; f < floors; f++)
    for (let i = 0; i < 9; i++) {
      const wx = bx + bw * (0.05 + i * 0.105)
      const wy = by + f * fh + fh * 0.25
      windows.push(
        `<rect x="${wx}" y="${wy}" width="${bw * 0.07}" height="${fh * 0.5}" fill="#2f5f86"/><rect x="${wx + bw * 0.033}" y="${wy}" width="${bw * 0.004}" height="${fh * 0.5}" fill="#e9eef2"/>`,
      )
    }
  const corridor = Array.from(
    { length: floors },
    (_, f) => `<rect x="${bx}" y="${by + (f + 1) * fh - fh * 0.08}" width="${bw}" height="${fh * 0.08}" fill="#e5c36a"/>`,
  ).join('')
  const fx = bx + bw + W * 0.06
  const flag = `<rect x="${fx}" y="${H * 0.12}" width="${W * 0.005}" height="${ground - H * 0.12}" fill="#cfd4d8"/>
    <path d="M${fx + W * 0.005} ${H * 0.12} q${W * 0.04} ${H * 0.02} ${W * 0.09} 0 v${H * 0.12} q${-W * 0.05} ${H * 0.02} ${-W * 0.09} 0Z" fill="#da251d"/>
    <polygon points="${star(fx + W * 0.05, H * 0.18, H * 0.035)}" fill="#ffde00"/>`
  const trees = [
    tree(r, W * 0.04, ground + H * 0.02, H * 0.42),
    tree(r, W * 0.96, ground + H * 0.03, H * 0.46),
    tree(r, bx + bw * 0.5, ground + H * 0.06, H * 0.3),
  ].join('')
  const kids = Array.from({ length: 9 }, (_, i) =>
    pupil(r, W * (0.1 + i * 0.1 + between(r, -0.02, 0.02)), H * between(r, 0.8, 0.97), H * between(r, 0.18, 0.24)),
  )
    .sort((a, b) => a.length - b.length)
    .join('')
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>
      <linearGradient id="yard" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#b9b6ae"/><stop offset="1" stop-color="#8f8b83"/></linearGradient></defs>
    <rect width="${W}" height="${ground}" fill="url(#sky)"/>
    ${cloud(r, W * 0.25, H * 0.1, W * 0.12)}${cloud(r, W * 0.7, H * 0.07, W * 0.09)}
    <rect x="0" y="${ground}" width="${W}" height="${H - ground}" fill="url(#yard)"/>
    <path d="M${bx - bw * 0.03} ${by} L${bx + bw * 0.5} ${by - H * 0.08} L${bx + bw * 1.03} ${by}Z" fill="#a8432c"/>
    <rect x="${bx}" y="${by}" width="${bw}" height="${floors * fh}" fill="#f2cf63"/>
    ${windows.join('')}${corridor}
    <rect x="${bx + bw * 0.45}" y="${ground - fh * 0.75}" width="${bw * 0.1}" height="${fh * 0.75}" fill="#5a3b26"/>
    ${flag}${trees}${kids}`
}

function star(cx: number, cy: number, r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    const rr = i % 2 === 0 ? r : r * 0.4
    return `${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`
  }).join(' ')
}

function cloud(r: Rand, x: number, y: number, w: number): string {
  return Array.from(
    { length: 5 },
    (_, i) =>
      `<ellipse cx="${x + (i - 2) * w * 0.22}" cy="${y + between(r, -w * 0.05, w * 0.05)}" rx="${w * 0.2}" ry="${w * 0.12}" fill="#fff" fill-opacity="0.75"/>`,
  ).join('')
}

/** A classroom seen from the back: the green board, the teacher, rows of desks and pupils' backs. */
function classroom(r: Rand, W: number, H: number): string {
  const wall = pick(r, ['#f1e3b8', '#efe6cc', '#e9dcb0'])
  const rows: string[] = []
  for (let row = 3; row >= 0; row--) {
    const y = H * (0.58 + row * 0.12)
    const scale = 0.55 + row * 0.18
    for (let i = 0; i < 4; i++) {
      const x = W * (0.14 + i * 0.24) + (i - 1.5) * row * W * 0.02
      const dw = W * 0.17 * scale
      rows.push(
        `<rect x="${x - dw / 2}" y="${y}" width="${dw}" height="${H * 0.025 * scale}" fill="#9c6b3f"/><rect x="${x - dw / 2}" y="${y + H * 0.025 * scale}" width="${dw}" height="${H * 0.06 * scale}" fill="#7d5231"/>`,
      )
      for (const dx of [-0.22, 0.22]) {
        const px = x + dw * dx
        const s = H * 0.11 * scale
        rows.push(
          `<path d="M${px - s * 0.45} ${y + s * 0.2} Q${px - s * 0.5} ${y - s * 0.45} ${px} ${y - s * 0.5} Q${px + s * 0.5} ${y - s * 0.45} ${px + s * 0.45} ${y + s * 0.2}Z" fill="#f4f6f8"/>
           <circle cx="${px}" cy="${y - s * 0.72}" r="${s * 0.26}" fill="${pick(r, HAIR)}"/>`,
        )
      }
    }
  }
  return `<rect width="${W}" height="${H}" fill="${wall}"/>
    <rect x="0" y="${H * 0.52}" width="${W}" height="${H * 0.48}" fill="#c9b48a"/>
    <rect x="${W * 0.2}" y="${H * 0.1}" width="${W * 0.6}" height="${H * 0.32}" fill="#6b4a2e"/>
    <rect x="${W * 0.215}" y="${H * 0.125}" width="${W * 0.57}" height="${H * 0.27}" fill="#2f5d46"/>
    <path d="M${W * 0.26} ${H * 0.2} q${W * 0.05} -${H * 0.03} ${W * 0.1} 0 t${W * 0.1} 0 M${W * 0.26} ${H * 0.27} h${W * 0.22} M${W * 0.26} ${H * 0.33} h${W * 0.16}" stroke="#e8efe9" stroke-opacity="0.75" stroke-width="${H * 0.006}" fill="none"/>
    <rect x="${W * 0.05}" y="${H * 0.1}" width="${W * 0.1}" height="${H * 0.3}" fill="#bcd6e6"/><rect x="${W * 0.85}" y="${H * 0.1}" width="${W * 0.1}" height="${H * 0.3}" fill="#bcd6e6"/>
    <g>${pupilTeacher(r, W * 0.7, H * 0.55, H * 0.36)}</g>
    ${rows.join('')}`
}

function pupilTeacher(r: Rand, x: number, y: number, h: number): string {
  const w = h * 0.3
  return `<rect x="${x - w * 0.45}" y="${y - h * 0.5}" width="${w * 0.9}" height="${h * 0.5}" fill="#2c3e66"/>
    <path d="M${x - w * 0.55} ${y - h * 0.48} L${x - w * 0.5} ${y - h * 0.82} Q${x} ${y - h * 0.88} ${x + w * 0.5} ${y - h * 0.82} L${x + w * 0.55} ${y - h * 0.48}Z" fill="${pick(r, ['#7a9cc6', '#c2d8ee', '#e7d2e6'])}"/>
    <ellipse cx="${x}" cy="${y - h * 0.92}" rx="${h * 0.075}" ry="${h * 0.09}" fill="${pick(r, SKIN)}"/>
    <path d="M${x - h * 0.08} ${y - h * 0.9} Q${x} ${y - h * 1.04} ${x + h * 0.08} ${y - h * 0.9} L${x + h * 0.085} ${y - h * 0.78} L${x + h * 0.05} ${y - h * 0.86} Q${x} ${y - h * 0.97} ${x - h * 0.05} ${y - h * 0.86} L${x - h * 0.085} ${y - h * 0.78}Z" fill="${pick(r, HAIR)}"/>`
}

/** The schoolyard at the flag ceremony or a PE lesson: lines of pupils on a green field, trees behind. */
function schoolyard(r: Rand, W: number, H: number): string {
  const [top, bottom] = pick(r, SKIES)
  const horizon = H * 0.42
  const trees = Array.from({ length: 8 }, (_, i) =>
    tree(r, W * (i / 7) + between(r, -30, 30), horizon + H * 0.04, H * between(r, 0.28, 0.38)),
  ).join('')
  const kids: string[] = []
  for (let row = 0; row < 4; row++) {
    const y = H * (0.58 + row * 0.12)
    const h = H * (0.16 + row * 0.05)
    const n = 8 - row
    for (let i = 0; i < n; i++) kids.push(pupil(r, W * ((i + 0.5) / n) + between(r, -12, 12), y, h))
  }
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>
      <linearGradient id="field" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fae5c"/><stop offset="1" stop-color="#4f8a3c"/></linearGradient></defs>
    <rect width="${W}" height="${horizon + H * 0.04}" fill="url(#sky)"/>${cloud(r, W * 0.3, H * 0.12, W * 0.14)}
    <rect x="${W * 0.55}" y="${H * 0.16}" width="${W * 0.35}" height="${horizon - H * 0.16}" fill="#efcf6e"/><path d="M${W * 0.54} ${H * 0.16} L${W * 0.725} ${H * 0.1} L${W * 0.91} ${H * 0.16}Z" fill="#a8432c"/>
    ${trees}
    <rect x="0" y="${horizon + H * 0.03}" width="${W}" height="${H}" fill="url(#field)"/>
    ${kids.join('')}`
}

/** A school library: shelves of coloured spines, a reading table, pupils reading. */
function library(r: Rand, W: number, H: number): string {
  const colours = ['#b23a48', '#2e6f95', '#e0a030', '#3d8b5a', '#7b4f9d', '#d9683b', '#f2e6c9', '#355c7d']
  const shelves: string[] = []
  for (let s = 0; s < 4; s++) {
    const y = H * (0.08 + s * 0.13)
    shelves.push(`<rect x="0" y="${y + H * 0.11}" width="${W}" height="${H * 0.018}" fill="#7a5330"/>`)
    let x = W * 0.01
    while (x < W * 0.99) {
      const bw = W * between(r, 0.008, 0.018)
      const bh = H * between(r, 0.08, 0.105)
      shelves.push(`<rect x="${x}" y="${y + H * 0.11 - bh}" width="${bw}" height="${bh}" fill="${pick(r, colours)}"/>`)
      x += bw + W * 0.002
    }
  }
  const readers = Array.from({ length: 5 }, (_, i) => pupil(r, W * (0.18 + i * 0.16), H * 0.9, H * 0.3)).join('')
  return `<rect width="${W}" height="${H}" fill="#e8d9b8"/><rect x="0" y="0" width="${W}" height="${H * 0.62}" fill="#5f4127"/>
    ${shelves.join('')}
    <rect x="0" y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#cdb58f"/>
    ${readers}
    <rect x="${W * 0.08}" y="${H * 0.74}" width="${W * 0.84}" height="${H * 0.05}" fill="#a4744a"/><rect x="${W * 0.08}" y="${H * 0.79}" width="${W * 0.84}" height="${H * 0.03}" fill="#7d5231"/>
    ${Array.from({ length: 5 }, (_, i) => `<path d="M${W * (0.14 + i * 0.16)} ${H * 0.735} l${W * 0.035} -${H * 0.02} l${W * 0.035} ${H * 0.02}Z" fill="#fbf7ee"/>`).join('')}`
}

const SCENES = [schoolFront, classroom, schoolyard, library] as const

/** Film grain: a deterministic noise layer the size of the picture. */
async function grain(r: Rand, width: number, height: number): Promise<Buffer> {
  const w = Math.ceil(width / 2)
  const h = Math.ceil(height / 2)
  const px = Buffer.alloc(w * h * 2)
  for (let i = 0; i < w * h; i++) {
    px[i * 2] = 128 + Math.round((r() - 0.5) * 90)
    px[i * 2 + 1] = 26 // alpha: a light touch
  }
  return sharp(px, { raw: { width: w, height: h, channels: 2 } })
    .resize(width, height)
    .png()
    .toBuffer()
}

/** How many different pictures the demo has: covers repeat after this, and each is drawn once per process. */
const DISTINCT = 13
/** Which scene each of them shows (spread so neighbouring articles rarely share one). */
const SCENE_OF = [0, 1, 2, 3, 0, 2, 1, 3, 2, 0, 3, 1, 2] as const
const drawn = new Map<string, Promise<Buffer>>()

/** A demo cover, 16:9, JPEG (1280 px wide: the largest size the site shows). */
export function makeCover(index: number, width = 1280, height = 720): Promise<Buffer> {
  const key = `${index % DISTINCT}:${width}x${height}`
  let cover = drawn.get(key)
  if (!cover) drawn.set(key, (cover = draw(index % DISTINCT, width, height)))
  return cover
}

async function draw(index: number, width: number, height: number): Promise<Buffer> {
  const r = random(index + 1)
  const scene = SCENES[SCENE_OF[index]]
  const light = between(r, 0.04, 0.12)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    ${scene(r, width, height)}
    <defs><radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient>
      <linearGradient id="light" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff6dc" stop-opacity="${light}"/><stop offset="1" stop-color="#fff6dc" stop-opacity="0"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#light)"/><rect width="100%" height="100%" fill="url(#vignette)"/>
  </svg>`
  return sharp(Buffer.from(svg))
    .blur(1.1)
    .composite([{ input: await grain(r, width, height), blend: 'overlay' }])
    .modulate({ saturation: 0.92 })
    .jpeg({ quality: 82 })
    .toBuffer()
}
