import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import type { Payload } from 'payload'
import { ROOT_DIR } from '../utilities/paths'
import { local } from './stored'

/** The site's own emblem (site/public/favicon.svg, an illustrative drawing, not a state emblem) as the demo logo. */
export async function seedEmblem(payload: Payload): Promise<number> {
  const svg = fs.readFileSync(path.join(ROOT_DIR, 'site/public/favicon.svg'))
  const data = await sharp(svg, { density: 600 }).resize(256, 256).png().toBuffer()
  const doc = await payload.create({
    ...local,
    collection: 'media',
    data: { alt: 'Biểu trưng' },
    file: { data, mimetype: 'image/png', name: 'bieu-trung.png', size: data.length },
  })
  return doc.id
}
