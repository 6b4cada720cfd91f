import sharp from 'sharp'

const PALETTE = ['#1d4e89', '#00798c', '#2e7d32', '#6a1b9a', '#c62828', '#ef6c00', '#00838f', '#4e342e', '#283593', '#ad1457']

/**
 * An illustrative cover made locally by sharp from an SVG of shapes (no text, so no font is needed and
 * nothing is downloaded). The same index always gives the same picture.
 */
export async function makeCover(index: number, width = 1600, height = 900): Promise<Buffer> {
  const a = PALETTE[index % PALETTE.length]
  const b = PALETTE[(index * 3 + 4) % PALETTE.length]
  const circles = Array.from({ length: 6 }, (_, i) => {
    const cx = ((index + 1) * 197 * (i + 1)) % width
    const cy = ((index + 3) * 131 * (i + 2)) % height
    const r = 60 + (((index + i) * 53) % 220)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffffff" fill-opacity="${0.06 + i * 0.03}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${circles}
    <rect x="0" y="${height * 0.78}" width="100%" height="${height * 0.22}" fill="#000000" fill-opacity="0.18"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
