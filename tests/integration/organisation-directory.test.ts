import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'

/**
 * The organisation page's leaders (with a photo) and staff directory by field of work, kept by editors as content:
 * an editor saves them, a school cannot, the public reads them, and a wrong e-mail is refused with nothing stored.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
let photo: number

const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
const directory = [
  {
    field: 'Giáo dục tiểu học',
    people: [{ name: 'Vũ Văn Thành', position: 'Chuyên viên tiểu học', phone: '0220 3710 132', email: 'tieuhoc.kimthanh@example.edu.vn' }],
  },
]

beforeAll(async () => {
  ctx = await freshPayload('organisation-directory')
  payload = ctx.payload
  f = await createFixtures(payload)
  const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#dfe7ef' } })
    .jpeg()
    .toBuffer()
  photo = (
    await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Ảnh chân dung' },
      file: { data: jpeg, mimetype: 'image/jpeg', name: 'chan-dung.jpg', size: jpeg.length },
    })
  ).id
})
afterAll(async () => {
  await ctx?.close()
})

describe('leaders and the staff directory', () => {
  it('an editor saves the leaders with a photo and the directory by field of work', async () => {
    await payload.updateGlobal({
      slug: 'organisation',
      ...as(f.editor),
      data: {
        leaders: [
          {
            name: 'Trần Quốc Khánh',
            position: 'Trưởng phòng',
            photo,
            responsibilities: 'Phụ trách chung.',
            phone: '0220 3710 125',
            email: 'truongphong@example.edu.vn',
          },
        ],
        staffDirectory: directory,
      },
    })
    const pub = await payload.findGlobal({ slug: 'organisation', overrideAccess: false, depth: 1 })
    const leader = pub.leaders?.[0]
    expect(typeof leader?.photo === 'object' && leader.photo?.alt).toBe('Ảnh chân dung')
    expect(pub.staffDirectory?.[0]?.field).toBe('Giáo dục tiểu học')
    expect(pub.staffDirectory?.[0]?.people?.[0]?.email).toBe('tieuhoc.kimthanh@example.edu.vn')
  })

  it('a school account cannot change them', async () => {
    await expect(payload.updateGlobal({ slug: 'organisation', ...as(f.schoolUserA), data: { staffDirectory: [] } })).rejects.toThrow()
    const pub = await payload.findGlobal({ slug: 'organisation', overrideAccess: true, depth: 0 })
    expect(pub.staffDirectory).toHaveLength(1)
  })

  it('a wrong e-mail or a field without anyone is refused, nothing stored', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'organisation',
        ...as(f.editor),
        data: { staffDirectory: [{ field: 'Văn phòng', people: [{ name: 'A', position: 'Văn thư', email: 'khong-phai-thu' }] }] },
      }),
    ).rejects.toThrow(/email|thư điện tử|không hợp lệ/i)
    const empty = await payload
      .updateGlobal({ slug: 'organisation', ...as(f.editor), data: { staffDirectory: [{ field: 'Văn phòng', people: [] }] } })
      .then(
        () => null,
        (e: { data?: { errors?: { message: string }[] } }) => e,
      )
    expect(empty?.data?.errors?.map((e) => e.message)).toContain('Mỗi lĩnh vực cần ít nhất một cán bộ.')
    const pub = await payload.findGlobal({ slug: 'organisation', overrideAccess: true, depth: 0 })
    expect(pub.staffDirectory?.[0]?.field).toBe('Giáo dục tiểu học')
  })
})
