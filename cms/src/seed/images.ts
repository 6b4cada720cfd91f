import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { findBy, local } from './stored'

/**
 * Demo covers: photographs of a Vietnamese school rendered locally with POV-Ray (radiosity, an area-light sun, focal
 * blur; sources in `covers/scenes/*.pov`, re-rendered by `scripts/render-covers.ts`) and committed as 1280×720 JPEGs
 * in `covers/`. Nothing is drawn or downloaded at seed time: a cover is the committed picture, resized to the size
 * asked for (cover fit) once per process. No people, no text: each alt text says what its picture shows.
 */
const COVERS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'covers')

/** The pictures; `makeCover(index)` shows `COVER_PICTURES[ORDER[index % ORDER.length]]`. */
export const COVER_PICTURES = [
  {
    file: 'schoolyard.jpg',
    name: 'san-truong',
    alt: 'Sân trường buổi sáng: cột cờ với lá cờ đỏ sao vàng trước dãy lớp học ba tầng sơn vàng, mái ngói đỏ, cây bàng và cây phượng',
  },
  {
    file: 'classroom.jpg',
    name: 'lop-hoc',
    alt: 'Lớp học trống trong nắng sớm: các dãy bàn ghế gỗ hai chỗ ngồi, bảng xanh, quạt trần, nắng chiếu qua cửa sổ',
  },
  {
    file: 'gate.jpg',
    name: 'cong-truong',
    alt: 'Cổng trường nhìn từ ngoài đường: hai trụ cổng, cổng sắt đang mở, phía sau là sân trường, cột cờ và dãy lớp học',
  },
  {
    file: 'library.jpg',
    name: 'thu-vien',
    alt: 'Thư viện trường: các giá sách nhiều màu dọc tường và những bàn đọc bằng gỗ trong nắng sớm',
  },
  {
    file: 'corridor.jpg',
    name: 'hanh-lang',
    alt: 'Hành lang tầng hai của dãy lớp học: hàng cột sơn vàng, lan can, cửa lớp, nắng xuyên qua tán cây in bóng lên tường',
  },
  {
    file: 'computer-room.jpg',
    name: 'phong-tin-hoc',
    alt: 'Phòng tin học: các dãy bàn máy tính với màn hình đang bật, ghế tựa màu đen, bảng trắng cuối phòng',
  },
] as const

/**
 * Seven steps for six pictures (the library twice, never next to itself): neighbouring indexes show different places,
 * and a cycle of seven keeps apart the covers of the seed's three featured articles (indexes 1, 9 and 33), which a
 * cycle of six would give the same library twice on the home page.
 */
export const ORDER = [0, 1, 2, 3, 4, 5, 3] as const
const pictureOf = (index: number) => COVER_PICTURES[ORDER[index % ORDER.length]]

const resized = new Map<string, Promise<Buffer>>()

/** A demo cover, 16:9 by default, JPEG (1280 px wide: the largest size the site shows). */
export function makeCover(index: number, width = 1280, height = 720): Promise<Buffer> {
  const picture = pictureOf(index)
  const key = `${picture.file}:${width}x${height}`
  let cover = resized.get(key)
  if (!cover) resized.set(key, (cover = load(picture.file, width, height)))
  return cover
}

/** The alt text of the cover `makeCover(index)` gives: what its picture shows. */
export const coverAlt = (index: number): string => pictureOf(index).alt

async function load(file: string, width: number, height: number): Promise<Buffer> {
  const original = await fs.readFile(path.join(COVERS, file))
  if (width === 1280 && height === 720) return original
  return sharp(original).resize(width, height, { fit: 'cover' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}

const stored = new WeakMap<Payload, Map<string, Promise<number>>>()

/**
 * The media document of the cover `makeCover(index)` gives (1280×720): one per picture, shared by every article and
 * story that shows it, as an editor reuses a picture from the library. Found by its file name when an earlier run
 * stored it. Each upload makes three WebP sizes: once per picture instead of once per article (62 → 21 media
 * documents) took the whole seed from 25 to 16 CPU-seconds, 18 → 13 s (most of the difference in those encodings).
 */
export function coverMedia(payload: Payload, index: number): Promise<number> {
  const picture = pictureOf(index)
  const name = `anh-${picture.name}.jpg`
  let byName = stored.get(payload)
  if (!byName) stored.set(payload, (byName = new Map()))
  let id = byName.get(name)
  if (!id) byName.set(name, (id = storeCover(payload, index, name)))
  return id
}

async function storeCover(payload: Payload, index: number, name: string): Promise<number> {
  const found = await findBy(payload, 'media', 'filename', name)
  if (found) return found.id
  const data = await makeCover(index)
  const doc = await payload.create({
    ...local,
    collection: 'media',
    data: { alt: coverAlt(index) },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
  return doc.id
}
