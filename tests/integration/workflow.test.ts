import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { type Mailbox, sentTo, smtpEnv, startMailbox } from '../helpers/smtp'

/** The review workflow of a school's story through the Local API, with its e-mails on a real SMTP server and its audit trail. */
let box: Mailbox
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
let id: number

const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
const audit = async (action: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: action } }, { targetCollection: { equals: 'exemplars' } }, { targetId: { equals: String(id) } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  box = await startMailbox()
  Object.assign(process.env, smtpEnv(box), { PUBLIC_URL: 'https://gd.example.vn' })
  ctx = await freshPayload('workflow')
  payload = ctx.payload
  f = await createFixtures(payload)
})
afterAll(async () => {
  await ctx?.close()
  await box?.close()
})

describe('a school story from draft to publication', () => {
  it('the school saves a draft, then submits it: editors are told by e-mail', async () => {
    const doc = await payload.create({
      collection: 'exemplars',
      ...as(f.schoolUserA),
      draft: true,
      data: {
        title: 'Em Lê Minh Khôi trả lại ví tiền nhặt được',
        subjectName: 'Em Lê Minh Khôi',
        subjectType: 'hoc-sinh',
        school: f.schoolA.id,
        movement: 'khac',
        summary: 'Trả lại ví cho người đánh rơi.',
        story: f.exemplarA.story,
      },
    })
    id = doc.id
    expect(doc.reviewState).toBe('nhap')
    const submitted = await payload.update({
      collection: 'exemplars',
      id,
      ...as(f.schoolUserA),
      draft: true,
      data: { reviewState: 'cho-duyet' },
    })
    expect(submitted.reviewState).toBe('cho-duyet')
    expect(submitted.submittedAt).toBeTruthy()
    const mail = await box.waitFor(sentTo('editor@test.example'))
    expect(mail.subject).toBe('[Chờ duyệt] Em Lê Minh Khôi trả lại ví tiền nhặt được')
    expect(mail.text).toContain('Trường Tiểu học Kim Anh')
    expect(mail.text).toContain(`/admin/collections/exemplars/${id}`)
  })

  it('the school cannot publish or return it itself', async () => {
    await expect(payload.update({ collection: 'exemplars', id, ...as(f.schoolUserA), data: { _status: 'published' } })).rejects.toThrow(
      /không được xuất bản/,
    )
    await expect(
      payload.update({ collection: 'exemplars', id, ...as(f.schoolUserA), draft: true, data: { reviewState: 'da-xuat-ban' } }),
    ).rejects.toThrow(/chỉ được lưu nháp hoặc gửi duyệt/)
  })

  it('an editor must give a reason to return it; the school is told the reason', async () => {
    await expect(
      payload.update({ collection: 'exemplars', id, ...as(f.editor), draft: true, data: { reviewState: 'yeu-cau-chinh-sua' } }),
    ).rejects.toThrow()
    const returned = await payload.update({
      collection: 'exemplars',
      id,
      ...as(f.editor),
      draft: true,
      data: { reviewState: 'yeu-cau-chinh-sua', reviewNote: 'Đề nghị bổ sung ảnh và lời kể của người nhận lại ví.' },
    })
    expect(returned.reviewState).toBe('yeu-cau-chinh-sua')
    const mail = await box.waitFor(sentTo('truong-a@test.example'))
    expect(mail.subject).toBe('[Yêu cầu chỉnh sửa] Em Lê Minh Khôi trả lại ví tiền nhặt được')
    expect(mail.text).toContain('Đề nghị bổ sung ảnh và lời kể của người nhận lại ví.')
    expect(box.mails.some((m) => sentTo('truong-b@test.example')(m) && m.subject?.startsWith('[Yêu cầu chỉnh sửa]'))).toBe(false)
  })

  it('the school sees the comment, fixes the story and submits again', async () => {
    const seen = await payload.findByID({ collection: 'exemplars', id, ...as(f.schoolUserA), draft: true })
    expect(seen.reviewNote).toMatch(/bổ sung ảnh/)
    await expect(
      payload.update({ collection: 'exemplars', id, ...as(f.schoolUserA), draft: true, data: { reviewNote: 'Xóa ý kiến' } }),
    ).resolves.toBeTruthy()
    expect((await payload.findByID({ collection: 'exemplars', id, overrideAccess: true, draft: true })).reviewNote).toMatch(/bổ sung ảnh/)
    const again = await payload.update({
      collection: 'exemplars',
      id,
      ...as(f.schoolUserA),
      draft: true,
      data: { summary: 'Trả lại ví có 5 triệu đồng cho người đánh rơi.', reviewState: 'cho-duyet' },
    })
    expect(again.reviewState).toBe('cho-duyet')
  })

  it('the editor publishes: the school gets the public link', async () => {
    const published = await payload.update({ collection: 'exemplars', id, ...as(f.editor), data: { _status: 'published' } })
    expect(published._status).toBe('published')
    expect(published.reviewState).toBe('da-xuat-ban')
    const mail = await box.waitFor((m) => sentTo('truong-a@test.example')(m) && m.subject?.startsWith('[Đã xuất bản]') === true)
    expect(mail.text).toContain(`https://gd.example.vn/nguoi-tot-viec-tot/${published.slug}/`)
    const anonymous = await payload.find({ collection: 'exemplars', where: { id: { equals: id } }, overrideAccess: false })
    expect(anonymous.docs).toHaveLength(1)
  })

  it('the school can no longer change the published story; the editor unpublishes it', async () => {
    await expect(
      payload.update({ collection: 'exemplars', id, ...as(f.schoolUserA), data: { title: 'Sửa sau khi đăng' } }),
    ).rejects.toThrow(/chỉ cán bộ truyền thông/)
    const down = await payload.update({ collection: 'exemplars', id, ...as(f.editor), data: { _status: 'draft' } })
    expect(down.reviewState).toBe('go-xuong')
    expect((await payload.find({ collection: 'exemplars', where: { id: { equals: id } }, overrideAccess: false })).docs).toHaveLength(0)
  })

  it('left exactly one audit entry per step, with who did it', async () => {
    expect(await audit('created')).toHaveLength(1)
    expect(await audit('submitted')).toHaveLength(2)
    expect(await audit('returned')).toHaveLength(1)
    expect(await audit('published')).toHaveLength(1)
    expect(await audit('unpublished')).toHaveLength(1)
    const [returned] = await audit('returned')
    expect(returned.userEmail).toBe('editor@test.example')
    expect(returned.role).toBe('editor')
    const [created] = await audit('created')
    expect(created.userEmail).toBe('truong-a@test.example')
    expect(created.school).toBe(f.schoolA.id)
  })
})

describe('the audit log', () => {
  it('records role changes and deletions', async () => {
    await payload.update({
      collection: 'users',
      id: f.schoolUserB.id,
      overrideAccess: false,
      user: f.admin as never,
      data: { role: 'editor' },
    })
    const role = await payload.find({ collection: 'audit-log', where: { action: { equals: 'role-changed' } }, overrideAccess: true })
    expect(role.docs.map((d) => d.targetTitle)).toEqual(['truong-b@test.example: school → editor'])
    await payload.delete({ collection: 'exemplars', id: f.exemplarB.id, overrideAccess: false, user: f.editor as never })
    const deleted = await payload.find({ collection: 'audit-log', where: { action: { equals: 'deleted' } }, overrideAccess: true })
    expect(deleted.docs).toHaveLength(1)
  })

  it('records the deletion of an account and of a feedback item, naming the item by its code, not its sender', async () => {
    const feedback = await payload.findByID({ collection: 'feedback', id: f.feedback.id, overrideAccess: true, depth: 0 })
    await payload.delete({ collection: 'feedback', id: feedback.id, overrideAccess: false, user: f.admin as never })
    await payload.delete({ collection: 'users', id: f.schoolUserB.id, overrideAccess: false, user: f.admin as never })
    const deleted = async (collection: string) =>
      (
        await payload.find({
          collection: 'audit-log',
          where: { and: [{ action: { equals: 'deleted' } }, { targetCollection: { equals: collection } }] },
          overrideAccess: true,
          depth: 0,
        })
      ).docs
    const [item] = await deleted('feedback')
    expect(item.targetTitle).toBe(feedback.code)
    expect(item.summary).not.toContain(feedback.name)
    expect(item.userEmail).toBe('admin@test.example')
    const [account] = await deleted('users')
    expect(account.targetId).toBe(String(f.schoolUserB.id))
    expect(account.userEmail).toBe('admin@test.example')
  })

  it('is readable by admins only and cannot be written, changed or deleted through the API', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', overrideAccess: true, limit: 1 })).docs
    expect((await payload.find({ collection: 'audit-log', ...as(f.admin) })).totalDocs).toBeGreaterThan(0)
    await expect(payload.find({ collection: 'audit-log', ...as(f.editor) })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'audit-log', ...as(f.admin), data: { at: new Date().toISOString(), action: 'deleted' } }),
    ).rejects.toThrow()
    await expect(payload.update({ collection: 'audit-log', id: entry.id, ...as(f.admin), data: { summary: 'sửa' } })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, ...as(f.admin) })).rejects.toThrow()
  })
})
