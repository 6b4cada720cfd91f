import sharp from 'sharp'

const BACKDROPS = ['#dfe7ef', '#e9e2d6', '#dde8df']
const JACKETS = ['#1f2f4a', '#3a3f47', '#24402f']

/**
 * A leader's demo portrait, 3:4 JPEG: a drawn head-and-shoulders figure in a dark jacket before a plain backdrop,
 * an illustration (the seed's people are invented), rendered locally by sharp.
 */
export function makePortrait(index: number, width = 480, height = 640): Promise<Buffer> {
  const bg = BACKDROPS[index % BACKDROPS.length]
  const jacket = JACKETS[index % JACKETS.length]
  const long = index % 2 === 1
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 300 400">
    <rect width="300" height="400" fill="${bg}"/>
    <path d="M30 400 Q40 300 150 285 Q260 300 270 400 Z" fill="${jacket}"/>
    <path d="M128 285 L150 340 L172 285 Z" fill="#f4f4f2"/>
    <rect x="132" y="240" width="36" height="50" rx="14" fill="#d9a47f"/>
    <ellipse cx="150" cy="185" rx="58" ry="70" fill="#e6b894"/>
    ${
      long
        ? '<path d="M88 190 Q82 100 150 100 Q220 100 212 190 Q214 250 232 290 L200 280 Q208 210 196 150 Q150 130 104 150 Q92 210 100 280 L68 290 Q86 250 88 190 Z" fill="#1d1612"/>'
        : '<path d="M92 175 Q90 108 150 106 Q212 108 208 175 Q200 140 150 138 Q102 140 92 175 Z" fill="#1d1612"/>'
    }
  </svg>`
  return sharp(Buffer.from(svg)).blur(0.8).jpeg({ quality: 82 }).toBuffer()
}
