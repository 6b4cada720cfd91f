/**
 * The demo covers' scenes of school life, as SVG in three depths (far: blurred as by a lens focused nearer; subject:
 * in focus; near: out of focus again), with the light, shading and textures a photograph has: a sun from the upper
 * left, shaded cloth and skin, grass and concrete with grain (feTurbulence), foliage with ragged edges
 * (feDisplacementMap), soft contact shadows. Drawn by `images.ts`. No text, no font, nothing downloaded.
 */
export type Rand = () => number
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
export const between = (r: Rand, lo: number, hi: number) => lo + r() * (hi - lo)

const SKIN = ['#d9a47f', '#e3b28c', '#c98f6a', '#d49c76']

/** Gradients and filters every scene uses (object-bounding-box gradients: one definition shades every shape). */
export function sharedDefs(W: number, seed: number): string {
  return `<defs>
    <linearGradient id="cloth" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fdfdfd"/><stop offset="0.45" stop-color="#f1f3f5"/><stop offset="1" stop-color="#b9c0c8"/></linearGradient>
    <linearGradient id="navy" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#2b3d6e"/><stop offset="1" stop-color="#141d3a"/></linearGradient>
    <radialGradient id="hair" cx="0.35" cy="0.3" r="0.8"><stop offset="0" stop-color="#4a3a30"/><stop offset="0.5" stop-color="#1a1310"/><stop offset="1" stop-color="#0c0908"/></radialGradient>
    <linearGradient id="wood" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#b07d4f"/><stop offset="1" stop-color="#6f4a2c"/></linearGradient>
    <radialGradient id="shadow"><stop offset="0" stop-color="#000" stop-opacity="0.45"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>
    <filter id="far" x="-5%" y="-5%" width="110%" height="110%"><feGaussianBlur stdDeviation="${(W * 0.0035).toFixed(1)}"/></filter>
    <filter id="mid"><feGaussianBlur stdDeviation="${(W * 0.0009).toFixed(1)}"/></filter>
    <filter id="near" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="${(W * 0.007).toFixed(1)}"/></filter>
    <filter id="soft" x="-30%" y="-30%" width="160%" height="160%"><feGaussianBlur stdDeviation="${(W * 0.012).toFixed(1)}"/></filter>
    <filter id="leaves" x="-15%" y="-15%" width="130%" height="130%"><feTurbulence type="fractalNoise" baseFrequency="${(12 / W).toFixed(4)}" numOctaves="3" seed="${seed}" result="n"/><feDisplacementMap in="SourceGraphic" in2="n" scale="${(W * 0.045).toFixed(0)}" xChannelSelector="R" yChannelSelector="G" result="d"/><feTurbulence type="fractalNoise" baseFrequency="${(90 / W).toFixed(4)}" numOctaves="2" seed="${seed + 1}"/><feColorMatrix values="0 0 0 0 0  0 0 0 0 0.05  0 0 0 0 0  0 0 0 -1.3 1"/><feComposite in2="d" operator="in" result="dark"/><feMerge><feMergeNode in="d"/><feMergeNode in="dark"/></feMerge></filter>
    <filter id="grit" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="${(260 / W).toFixed(4)} ${(520 / W).toFixed(4)}" numOctaves="2" seed="${seed + 2}"/><feColorMatrix values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 -0.9 0.55"/><feComposite in2="SourceGraphic" operator="in" result="g"/><feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="g"/></feMerge></filter>
  </defs>`
}

/** A pupil at (x, y = feet), height h, seen from the front or from behind: shaded white shirt, navy trousers or skirt. */
export function pupil(r: Rand, x: number, y: number, h: number, back = false, adult?: string): string {
  const w = h * (adult ? 0.27 : 0.3)
  const head = h * 0.12
  const skin = pick(r, SKIN)
  const skirt = r() < 0.5
  const scarf = !adult && r() < 0.75
  const lean = between(r, -0.03, 0.03) * h
  const shirtTop = y - h * 0.82
  const waist = y - h * 0.5
  const legs = skirt
    ? `<path d="M${x - w * 0.46} ${waist} L${x + w * 0.46} ${waist} L${x + w * 0.56} ${y - h * 0.3} L${x - w * 0.56} ${y - h * 0.3}Z" fill="url(#navy)"/>
       <rect x="${x - w * 0.3}" y="${y - h * 0.31}" width="${w * 0.17}" height="${h * 0.28}" rx="${w * 0.06}" fill="${skin}"/>
       <rect x="${x + w * 0.13}" y="${y - h * 0.31}" width="${w * 0.17}" height="${h * 0.28}" rx="${w * 0.06}" fill="${skin}" opacity="0.9"/>`
    : `<path d="M${x - w * 0.44} ${waist} L${x + w * 0.44} ${waist} L${x + w * 0.4} ${y - h * 0.03} L${x + w * 0.04} ${y - h * 0.03} L${x} ${y - h * 0.38} L${x - w * 0.04} ${y - h * 0.03} L${x - w * 0.4} ${y - h * 0.03}Z" fill="url(#navy)"/>`
  const arms = `<path d="M${x - w * 0.46} ${shirtTop + h * 0.03} Q${x - w * 0.66} ${y - h * 0.62} ${x - w * 0.58} ${y - h * 0.44}" stroke="url(#cloth)" stroke-width="${w * 0.2}" stroke-linecap="round" fill="none"/>
    <path d="M${x + w * 0.46} ${shirtTop + h * 0.03} Q${x + w * 0.66} ${y - h * 0.62} ${x + w * 0.58} ${y - h * 0.44}" stroke="#c4cad1" stroke-width="${w * 0.2}" stroke-linecap="round" fill="none"/>
    <circle cx="${x - w * 0.58}" cy="${y - h * 0.43}" r="${w * 0.08}" fill="${skin}"/><circle cx="${x + w * 0.58}" cy="${y - h * 0.43}" r="${w * 0.08}" fill="${skin}"/>`
  const torso = `<path d="M${x - w * 0.48} ${waist + h * (adult ? 0.12 : 0.02)} L${x - w * 0.5} ${shirtTop + h * 0.04} Q${x} ${shirtTop - h * 0.03} ${x + w * 0.5} ${shirtTop + h * 0.04} L${x + w * 0.48} ${waist + h * (adult ? 0.12 : 0.02)}Z" fill="${adult ?? 'url(#cloth)'}"/>
    ${adult ? `<rect x="${x - w * 0.48}" y="${shirtTop}" width="${w * 0.96}" height="${h * 0.45}" fill="url(#cloth)" opacity="0.25"/>` : ''}`
  const collar = back
    ? scarf
      ? `<path d="M${x - w * 0.28} ${shirtTop + h * 0.005} L${x + w * 0.28} ${shirtTop + h * 0.005} L${x} ${shirtTop + h * 0.13}Z" fill="#c8232a"/>`
      : ''
    : scarf
      ? `<path d="M${x - w * 0.22} ${shirtTop} L${x + w * 0.22} ${shirtTop} L${x + w * 0.05} ${shirtTop + h * 0.17} L${x - w * 0.05} ${shirtTop + h * 0.17}Z" fill="#c8232a"/>`
      : `<path d="M${x - w * 0.12} ${shirtTop} L${x} ${shirtTop + h * 0.06} L${x + w * 0.12} ${shirtTop}Z" fill="${skin}"/>`
  const face = back
    ? `<ellipse cx="${x + lean * 0.2}" cy="${y - h * 0.91}" rx="${head * 0.64}" ry="${head * 0.74}" fill="url(#hair)"/>`
    : `<ellipse cx="${x + lean * 0.2}" cy="${y - h * 0.91}" rx="${head * 0.6}" ry="${head * 0.72}" fill="${skin}"/>
       <ellipse cx="${x + lean * 0.2 + head * 0.22}" cy="${y - h * 0.9}" rx="${head * 0.35}" ry="${head * 0.6}" fill="#000" opacity="0.12"/>
       <ellipse cx="${x + lean * 0.2 - head * 0.24}" cy="${y - h * 0.905}" rx="${head * 0.1}" ry="${head * 0.07}" fill="#2a1a14"/><ellipse cx="${x + lean * 0.2 + head * 0.24}" cy="${y - h * 0.905}" rx="${head * 0.1}" ry="${head * 0.07}" fill="#2a1a14"/>
       <path d="M${x + lean * 0.2 - head * 0.64} ${y - h * 0.9} Q${x + lean * 0.2 - head * 0.7} ${y - h * 1.01} ${x + lean * 0.2} ${y - h * 1.0} Q${x + lean * 0.2 + head * 0.7} ${y - h * 1.01} ${x + lean * 0.2 + head * 0.64} ${y - h * 0.9} Q${x + lean * 0.2} ${y - h * 0.965} ${x + lean * 0.2 - head * 0.64} ${y - h * 0.9}Z" fill="url(#hair)"/>`
  return `<g>
    <ellipse cx="${x + h * 0.08}" cy="${y}" rx="${w * 0.95}" ry="${h * 0.045}" fill="url(#shadow)"/>
    ${legs}
    <rect x="${x - w * 0.42}" y="${y - h * 0.035}" width="${w * 0.84}" height="${h * 0.035}" rx="${h * 0.017}" fill="#1a1a1a"/>
    ${arms}${torso}${collar}
    <rect x="${x - head * 0.3}" y="${y - h * 0.86}" width="${head * 0.6}" height="${h * 0.06}" fill="${skin}"/>
    ${face}
  </g>`
}

/** A tree at (x, y = base), its crown ragged and shaded by the `leaves` filter (applied by the caller to the group). */
export function tree(r: Rand, x: number, y: number, h: number): string {
  const greens = ['#3c7432', '#4a8a3a', '#335f2b', '#5d9845', '#2c5426']
  const blobs = Array.from({ length: 9 }, () => {
    const cx = x + between(r, -h * 0.32, h * 0.32)
    const cy = y - h * between(r, 0.55, 0.98)
    return `<circle cx="${cx}" cy="${cy}" r="${h * between(r, 0.16, 0.28)}" fill="${pick(r, greens)}"/>`
  }).join('')
  return `<path d="M${x - h * 0.04} ${y} L${x - h * 0.02} ${y - h * 0.55} L${x + h * 0.02} ${y - h * 0.55} L${x + h * 0.04} ${y}Z" fill="#4a3526"/>${blobs}
    <circle cx="${x - h * 0.12}" cy="${y - h * 0.85}" r="${h * 0.14}" fill="#8cbf5e" opacity="0.55"/>`
}

export function star(cx: number, cy: number, r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    const rr = i % 2 === 0 ? r : r * 0.4
    return `${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`
  }).join(' ')
}

function sky(r: Rand, W: number, H: number, bottom: number): string {
  const top = pick(r, ['#6fa6d6', '#7db0db', '#86b7de'])
  const clouds = Array.from({ length: 4 }, () => {
    const cx = between(r, 0, W)
    const cy = between(r, 0, bottom * 0.5)
    return `<ellipse cx="${cx}" cy="${cy}" rx="${W * between(r, 0.08, 0.18)}" ry="${H * between(r, 0.03, 0.06)}" fill="#fff" opacity="0.7"/>`
  }).join('')
  return `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="#e8f0f4"/></linearGradient>
    <rect width="${W}" height="${bottom}" fill="url(#sky)"/><g filter="url(#soft)">${clouds}</g>`
}

/** A school building: yellow walls lit from the left, red-tiled roof, windows with depth, a corridor on each floor. */
function building(x: number, w: number, ground: number, fh: number, floors: number): string {
  const top = ground - floors * fh
  const windows: string[] = []
  const n = Math.max(4, Math.round(w / (fh * 0.9)))
  for (let f = 0; f < floors; f++)
    for (let i = 0; i < n; i++) {
      const wx = x + (w / n) * (i + 0.2)
      const wy = top + f * fh + fh * 0.2
      const ww = (w / n) * 0.6
      windows.push(
        `<rect x="${wx}" y="${wy}" width="${ww}" height="${fh * 0.52}" fill="#28435c"/><rect x="${wx}" y="${wy}" width="${ww}" height="${fh * 0.08}" fill="#12202c" opacity="0.6"/><rect x="${wx + ww * 0.48}" y="${wy}" width="${ww * 0.04}" height="${fh * 0.52}" fill="#e6e2d6"/><path d="M${wx} ${wy + fh * 0.52} L${wx + ww * 0.5} ${wy} L${wx + ww * 0.7} ${wy} L${wx + ww * 0.2} ${wy + fh * 0.52}Z" fill="#fff" opacity="0.12"/>`,
      )
    }
  const ledges = Array.from(
    { length: floors },
    (_, f) =>
      `<rect x="${x}" y="${top + (f + 1) * fh - fh * 0.1}" width="${w}" height="${fh * 0.1}" fill="#e9cf86"/><rect x="${x}" y="${top + (f + 1) * fh}" width="${w}" height="${fh * 0.03}" fill="#000" opacity="0.15"/>`,
  ).join('')
  const wall = `<linearGradient id="wall${Math.round(x)}" x1="0" y1="0" x2="1" y2="0.3"><stop offset="0" stop-color="#f7dc86"/><stop offset="1" stop-color="#d9b356"/></linearGradient>`
  return `${wall}<path d="M${x - w * 0.02} ${top} L${x + w * 0.08} ${top - fh * 0.55} L${x + w * 0.92} ${top - fh * 0.55} L${x + w * 1.02} ${top}Z" fill="#9c3f2a"/>
    <rect x="${x - w * 0.02}" y="${top - fh * 0.02}" width="${w * 1.04}" height="${fh * 0.06}" fill="#5e2a1c" opacity="0.6"/>
    <rect x="${x}" y="${top}" width="${w}" height="${floors * fh}" fill="url(#wall${Math.round(x)})"/>
    ${windows.join('')}${ledges}
    <rect x="${x}" y="${ground - fh * 0.08}" width="${w}" height="${fh * 0.08}" fill="#000" opacity="0.12"/>
`
}

function flag(x: number, top: number, ground: number, W: number, H: number): string {
  return `<rect x="${x}" y="${top}" width="${W * 0.005}" height="${ground - top}" fill="#d6dade"/><rect x="${x + W * 0.003}" y="${top}" width="${W * 0.002}" height="${ground - top}" fill="#8d959c"/>
    <path d="M${x + W * 0.005} ${top + H * 0.01} q${W * 0.045} ${H * 0.025} ${W * 0.1} 0 v${H * 0.13} q${-W * 0.055} ${H * 0.025} ${-W * 0.1} 0Z" fill="#d2231c"/>
    <polygon points="${star(x + W * 0.055, top + H * 0.075, H * 0.038)}" fill="#ffd400"/>`
}

/** The flag ceremony (chào cờ) from behind the lines: pupils' backs, the flag, the school blurred behind. */
export function flagCeremony(r: Rand, W: number, H: number): string {
  const ground = H * 0.5
  const far = `${sky(r, W, H, ground)}${building(W * -0.05, W * 0.75, ground, H * 0.11, 3)}
    <g filter="url(#leaves)">${tree(r, W * 0.83, ground + H * 0.01, H * 0.45)}${tree(r, W * 0.97, ground, H * 0.4)}</g>`
  const mid: string[] = [flag(W * 0.62, H * 0.06, ground + H * 0.04, W, H)]
  for (let row = 0; row < 4; row++) {
    const y = ground + H * (0.07 + row * 0.07)
    const h = H * (0.13 + row * 0.045)
    const n = 12 - row * 2
    for (let i = 0; i < n; i++) mid.push(pupil(r, W * ((i + 0.5) / n) + between(r, -W * 0.01, W * 0.01), y, h, true))
  }
  const near = Array.from({ length: 3 }, (_, i) => pupil(r, W * (0.18 + i * 0.34) + between(r, -20, 20), H * 1.45, H * 0.95, true)).join('')
  return `<g filter="url(#far)">${far}</g>
    <rect x="0" y="${ground}" width="${W}" height="${H - ground}" fill="#a7a39a" filter="url(#grit)"/>
    <rect x="0" y="${ground}" width="${W}" height="${H * 0.06}" fill="#fff" opacity="0.12"/>
    <g filter="url(#mid)">${mid.join('')}</g>
    <g filter="url(#near)">${near}</g>`
}

/** The front of a school in the morning: building, flag, trees, pupils walking in the yard. */
export function schoolFront(r: Rand, W: number, H: number): string {
  const ground = H * 0.64
  const bx = W * between(r, 0.04, 0.12)
  const bw = W * between(r, 0.66, 0.74)
  const far = `${sky(r, W, H, ground)}${building(bx, bw, ground, H * 0.13, 3)}
    <g filter="url(#leaves)">${tree(r, W * 0.02, ground + H * 0.02, H * 0.46)}${tree(r, W * 0.96, ground + H * 0.03, H * 0.5)}</g>`
  const kids = Array.from({ length: 8 }, () => ({ x: W * between(r, 0.05, 0.95), y: H * between(r, 0.76, 0.97) }))
    .sort((a, b) => a.y - b.y)
    .map((k) => pupil(r, k.x, k.y, H * (0.1 + (k.y / H - 0.7) * 0.7), r() < 0.3))
    .join('')
  return `<g filter="url(#far)">${far}</g>
    <rect x="0" y="${ground}" width="${W}" height="${H - ground}" fill="#b3aea3" filter="url(#grit)"/>
    <g filter="url(#mid)">${flag(bx + bw + W * 0.06, H * 0.1, ground + H * 0.02, W, H)}
    <g filter="url(#leaves)">${tree(r, bx + bw * 0.55, ground + H * 0.1, H * 0.34)}</g>${kids}</g>`
}

/** A classroom from the back row: bright windows, the board, the teacher, rows of pupils at their desks. */
export function classroom(r: Rand, W: number, H: number): string {
  const wall = pick(r, ['#efe2bd', '#ece3cc', '#e6d8ad'])
  const windows = [0.04, 0.86]
    .map(
      (fx) =>
        `<rect x="${W * fx}" y="${H * 0.08}" width="${W * 0.1}" height="${H * 0.34}" fill="#f8fbfd"/><rect x="${W * (fx + 0.048)}" y="${H * 0.08}" width="${W * 0.004}" height="${H * 0.34}" fill="#bfc6cc"/>`,
    )
    .join('')
  const glow = [0.09, 0.91]
    .map((fx) => `<ellipse cx="${W * fx}" cy="${H * 0.25}" rx="${W * 0.12}" ry="${H * 0.3}" fill="#fffbe9" opacity="0.55"/>`)
    .join('')
  const board = `<rect x="${W * 0.2}" y="${H * 0.1}" width="${W * 0.6}" height="${H * 0.32}" fill="#5a3d25"/>
    <rect x="${W * 0.212}" y="${H * 0.12}" width="${W * 0.576}" height="${H * 0.28}" fill="#2c5743"/>
    <path d="M${W * 0.26} ${H * 0.19} q${W * 0.05} -${H * 0.03} ${W * 0.1} 0 t${W * 0.1} 0 M${W * 0.26} ${H * 0.26} h${W * 0.22} M${W * 0.26} ${H * 0.32} h${W * 0.16} M${W * 0.55} ${H * 0.2} h${W * 0.15}" stroke="#e8efe9" stroke-opacity="0.6" stroke-width="${H * 0.006}" fill="none"/>
    <rect x="${W * 0.212}" y="${H * 0.12}" width="${W * 0.2}" height="${H * 0.28}" fill="#fff" opacity="0.06"/>`
  const teacher = pupil(r, W * 0.68, H * 0.6, H * 0.42, false, pick(r, ['#6f93c4', '#b5475c', '#d9b4d4']))
  const rows: string[] = []
  for (let row = 0; row < 4; row++) {
    const y = H * (0.6 + row * 0.12)
    const s = 0.6 + row * 0.2
    for (let i = 0; i < 4; i++) {
      const x = W * (0.14 + i * 0.24) + (i - 1.5) * row * W * 0.03
      const dw = W * 0.18 * s
      const desk = `<rect x="${x - dw / 2}" y="${y}" width="${dw}" height="${H * 0.025 * s}" fill="#a8784a"/><rect x="${x - dw / 2}" y="${y + H * 0.025 * s}" width="${dw}" height="${H * 0.14 * s}" fill="url(#wood)"/>`
      // seen from behind, seated: the desk beyond them, the bench hiding their legs
      const kids = [-0.23, 0.23].map((dx) => pupil(r, x + dw * dx, y + H * 0.16 * s, H * 0.3 * s, true)).join('')
      const bench = `<rect x="${x - dw * 0.52}" y="${y + H * 0.02 * s}" width="${dw * 1.04}" height="${H * 0.14 * s}" fill="url(#wood)"/><rect x="${x - dw * 0.52}" y="${y + H * 0.02 * s}" width="${dw * 1.04}" height="${H * 0.015 * s}" fill="#c1905e"/>`
      rows.push(`<g>${desk}${kids}${bench}</g>`)
    }
  }
  return `<g filter="url(#far)"><rect width="${W}" height="${H}" fill="${wall}"/>
    <rect x="0" y="${H * 0.5}" width="${W}" height="${H * 0.5}" fill="#b9a583"/>${windows}${board}${teacher}</g>
    <g filter="url(#soft)">${glow}</g>
    <g filter="url(#mid)">${rows.join('')}</g>`
}

/** A school library: shelves of coloured spines (blurred), a reading table, pupils reading, heads bowed. */
export function library(r: Rand, W: number, H: number): string {
  const colours = ['#a83b45', '#2e6f95', '#d79a30', '#3d8b5a', '#6f4f91', '#cc6438', '#eadfc2', '#355c7d']
  const shelves: string[] = []
  for (let s = 0; s < 4; s++) {
    const y = H * (0.06 + s * 0.14)
    let x = 0
    while (x < W) {
      const bw = W * between(r, 0.009, 0.02)
      const bh = H * between(r, 0.085, 0.115)
      shelves.push(`<rect x="${x}" y="${y + H * 0.12 - bh}" width="${bw}" height="${bh}" fill="${pick(r, colours)}"/>`)
      x += bw + W * 0.0015
    }
    shelves.push(`<rect x="0" y="${y + H * 0.12}" width="${W}" height="${H * 0.02}" fill="#6e4a2a"/>`)
  }
  const readers = Array.from({ length: 5 }, (_, i) => pupil(r, W * (0.14 + i * 0.18), H * 0.95, H * 0.42, true)).join('')
  return `<g filter="url(#far)"><rect width="${W}" height="${H}" fill="#4e3520"/>${shelves.join('')}
    <rect x="0" y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#c7ad86"/></g>
    <g filter="url(#mid)">${readers}
    <rect x="${W * 0.04}" y="${H * 0.78}" width="${W * 0.92}" height="${H * 0.04}" fill="#b98a5a"/><rect x="${W * 0.04}" y="${H * 0.82}" width="${W * 0.92}" height="${H * 0.18}" fill="url(#wood)"/>
    ${Array.from({ length: 5 }, (_, i) => `<path d="M${W * (0.1 + i * 0.18)} ${H * 0.785} l${W * 0.04} -${H * 0.025} l${W * 0.04} ${H * 0.025}Z" fill="#fbf7ee"/>`).join('')}</g>`
}
