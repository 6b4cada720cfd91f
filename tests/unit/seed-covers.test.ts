import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { COVER_PICTURES, coverAlt, makeCover, ORDER } from '../../cms/src/seed/images'

const COVERS = path.resolve(import.meta.dirname, '../../cms/src/seed/covers')

describe('the demo covers (rendered with POV-Ray, committed as JPEG)', () => {
  it('commits every picture at 1280×720 under 180 KB, with its scene source beside it', async () => {
    expect(COVER_PICTURES.length).toBeGreaterThanOrEqual(5)
    for (const { file } of COVER_PICTURES) {
      const bytes = fs.readFileSync(path.join(COVERS, file))
      expect(bytes.length, file).toBeLessThanOrEqual(180_000)
      expect(await sharp(bytes).metadata(), file).toMatchObject({ format: 'jpeg', width: 1280, height: 720 })
      expect(fs.existsSync(path.join(COVERS, 'scenes', file.replace(/\.jpg$/, '.pov'))), file).toBe(true)
    }
  })

  it('gives neighbouring indexes different pictures, each with its own Vietnamese alt text', async () => {
    const alts = COVER_PICTURES.map((p) => p.alt)
    expect(new Set(alts).size).toBe(COVER_PICTURES.length)
    for (const alt of alts) expect(alt).toMatch(/^[A-ZÀ-Ỹ][^\n]{30,}[^.]$/u)
    // every picture is used, and no index shows the same place as the one before it
    expect(new Set(ORDER).size).toBe(COVER_PICTURES.length)
    for (let i = 1; i < 60; i++) expect(coverAlt(i), `index ${i}`).not.toBe(coverAlt(i - 1))
    expect(coverAlt(ORDER.length)).toBe(coverAlt(0))
    const [a, b] = await Promise.all([makeCover(0), makeCover(1)])
    expect(a.equals(b)).toBe(false)
  })

  it('resizes to the size asked for (cover fit) and reads each size once per process', async () => {
    const small = await makeCover(2, 400, 300)
    expect(await sharp(small).metadata()).toMatchObject({ format: 'jpeg', width: 400, height: 300 })
    // the same picture at the same size is the same promise: read and resized once
    expect(makeCover(2, 400, 300)).toBe(makeCover(2 + ORDER.length, 400, 300))
    expect(makeCover(2, 400, 300)).not.toBe(makeCover(2, 768, 432))
  })
})
