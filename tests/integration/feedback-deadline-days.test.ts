import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { loginToken } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer } from '../helpers/server'
import { until } from '../helpers/wait'

/**
 * The number of working days is configuration (FEEDBACK_ACK_DAYS, FEEDBACK_ANSWER_DAYS, read by
 * @gd/shared/feedback-deadlines): a submission is stamped with the configured days, the public site built by the
 * server promises citizens that many days, and a value that is not a whole number of days stops the server from
 * starting with a Vietnamese message instead of falling back to 10/15.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
const saved = { ack: process.env.FEEDBACK_ACK_DAYS, answer: process.env.FEEDBACK_ANSWER_DAYS }

beforeAll(async () => {
  ctx = await freshPayload('deadline-days')
  payload = ctx.payload
  const f = await createFixtures(payload)
  // since 07/2025 a school's local unit may be a phường: its page lives under /truong-hoc/phuong/
  await payload.update({ collection: 'schools', id: f.schoolB.id, overrideAccess: true, data: { communeKind: 'phuong' } })
  await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: 'Phòng Giáo dục và Đào tạo (kiểm thử)' } })
})
afterAll(async () => {
  for (const [name, value] of [
    ['FEEDBACK_ACK_DAYS', saved.ack],
    ['FEEDBACK_ANSWER_DAYS', saved.answer],
  ] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await ctx?.close()
})

describe('the configured working days', () => {
  it('stamp the deadlines of a new submission', async () => {
    Object.assign(process.env, { FEEDBACK_ACK_DAYS: '3', FEEDBACK_ANSWER_DAYS: '20' })
    // Friday 28/08/2026 10:00 in Hà Nội; 01/09 and 02/09 are default holidays, weekends never count:
    // day 1 = Mon 31/08, day 3 = Fri 04/09, day 20 = Tue 29/09 (end of day, UTC+7)
    const code = await submitFeedback(
      payload,
      {
        kind: 'gop-y',
        subject: 'Góp ý về giờ đón trẻ',
        message: 'Đề nghị nhà trường mở cổng sớm hơn mười lăm phút vào buổi sáng.',
        name: 'Trần Văn Bình',
        email: 'binh@example.com',
        consent: true,
      },
      new Date('2026-08-28T03:00:00Z'),
    )
    const doc = (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })).docs[0]
    expect(doc.acknowledgeBy).toBe('2026-09-04T16:59:59.999Z')
    expect(doc.answerBy).toBe('2026-09-29T16:59:59.999Z')
  })

  it('set in the site settings bind new submissions (the configuration is only the default), not earlier ones', async () => {
    Object.assign(process.env, { FEEDBACK_ACK_DAYS: '3', FEEDBACK_ANSWER_DAYS: '20' })
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { feedbackAckDays: 5, feedbackAnswerDays: 25 } })
    try {
      const input = {
        kind: 'gop-y' as const,
        subject: 'Góp ý về thời hạn trả lời',
        message: 'Đề nghị phòng công khai thời hạn trả lời ý kiến trên trang thông tin điện tử.',
        name: 'Lê Thị Hoa',
        email: 'hoa@example.com',
        consent: true,
      }
      // Friday 28/08/2026 10:00 in Hà Nội: day 5 = Tue 08/09 (01/09, 02/09 holidays), day 25 = Tue 06/10
      const code = await submitFeedback(payload, input, new Date('2026-08-28T03:00:00Z'))
      const doc = (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 }))
        .docs[0]
      expect(doc.acknowledgeBy).toBe('2026-09-08T16:59:59.999Z')
      expect(doc.answerBy).toBe('2026-10-06T16:59:59.999Z')
      // an item stamped before the change keeps its deadlines
      const earlier = await payload.find({
        collection: 'feedback',
        where: { subject: { equals: 'Góp ý về giờ đón trẻ' } },
        overrideAccess: true,
      })
      expect(earlier.docs[0].answerBy).toBe('2026-09-29T16:59:59.999Z')
      // a value out of range is refused in Vietnamese and nothing changes
      await expect(payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { feedbackAnswerDays: 0 } })).rejects.toThrow(
        /Thời hạn trả lời phải là số nguyên từ 1 đến 365|không hợp lệ/,
      )
      await expect(
        payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { feedbackAckDays: 10, feedbackAnswerDays: 7 } }),
      ).rejects.toThrow(/không hợp lệ|không được ngắn hơn/)
      expect((await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })).feedbackAnswerDays).toBe(25)
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { feedbackAckDays: null, feedbackAnswerDays: null } })
    }
  })

  it('the consent in the site settings is what a new submission stores; earlier submissions keep the version they agreed to', async () => {
    const input = {
      kind: 'gop-y' as const,
      subject: 'Góp ý về nội dung đồng ý',
      message: 'Đề nghị ghi rõ thời hạn lưu trữ dữ liệu cá nhân trong nội dung đồng ý.',
      name: 'Ngô Thị Lan',
      email: 'lan@example.com',
      consent: true,
    }
    const stored = async (code: string) =>
      (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })).docs[0]
    const first = await stored(await submitFeedback(payload, input))
    expect(first.consentVersion).toBe('2026-01-luat-91-2025')
    const before = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: { consentText: 'Tôi đồng ý (nội dung sửa đổi, kiểm thử).', consentVersion: '2026-12-kiem-thu' },
    })
    try {
      // a new submission (the same one sent again would get the first one's code)
      const second = await stored(await submitFeedback(payload, { ...input, message: `${input.message} Xin cảm ơn.` }))
      expect(second).toMatchObject({ consentText: 'Tôi đồng ý (nội dung sửa đổi, kiểm thử).', consentVersion: '2026-12-kiem-thu' })
      expect(await stored(first.code)).toMatchObject({ consentText: first.consentText, consentVersion: '2026-01-luat-91-2025' })
      await expect(
        payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { consentText: 'Nội dung khác.', consentVersion: '' } }),
      ).rejects.toThrow(/không hợp lệ|phiên bản/)
    } finally {
      await payload.updateGlobal({
        slug: 'site-settings',
        overrideAccess: true,
        data: { consentText: before.consentText, consentVersion: before.consentVersion },
      })
    }
  })

  it('are read once per submission: its checks, deadlines, consent and e-mails share one reading, none while unchanged (issue 15)', async () => {
    // counts the readings of the settings document by the real Payload (the call is passed through unchanged)
    const findGlobal = payload.findGlobal.bind(payload)
    let readings = 0
    payload.findGlobal = ((args: Parameters<Payload['findGlobal']>[0]) => {
      if (args.slug === 'site-settings') readings++
      return findGlobal(args)
    }) as Payload['findGlobal']
    try {
      const code = await submitFeedback(payload, {
        kind: 'gop-y',
        subject: 'Góp ý về lịch họp phụ huynh',
        message: 'Đề nghị nhà trường thông báo lịch họp phụ huynh sớm hơn một tuần.',
        name: 'Phan Văn Hòa',
        email: 'hoa@example.com',
        consent: true,
      })
      // before: the submission, the triage hook, the deadline label and the acknowledgement e-mail read it 4 times
      expect(readings).toBe(1)
      const doc = (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 }))
        .docs[0]
      expect(doc.consentVersion).toBeTruthy()
      expect(doc.answerBy).toBeTruthy()

      // read whole again only when the document changed: the next submission asks only whether it did
      readings = 0
      await submitFeedback(payload, {
        kind: 'gop-y',
        subject: 'Góp ý thứ hai',
        message: 'Đề nghị bổ sung bảng tin ở cổng trường.',
        name: 'Lê Thị Mai',
        email: 'mai@example.com',
        consent: true,
      })
      expect(readings).toBe(0)
      // a change (here or in another process) is seen by the very next submission
      const before = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
      await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { consentVersion: 'kiem-thu-doc-lai' } })
      try {
        readings = 0
        const third = await submitFeedback(payload, {
          kind: 'gop-y',
          subject: 'Góp ý thứ ba',
          message: 'Đề nghị bổ sung chỗ để xe cho phụ huynh.',
          name: 'Lê Thị Mai',
          email: 'mai@example.com',
          consent: true,
        })
        expect(readings).toBe(1)
        const stored = (await payload.find({ collection: 'feedback', where: { code: { equals: third } }, overrideAccess: true })).docs[0]
        expect(stored.consentVersion).toBe('kiem-thu-doc-lai')
      } finally {
        await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { consentVersion: before.consentVersion } })
      }
    } finally {
      payload.findGlobal = findGlobal
    }
  })

  it('that are not a whole number of days stop the server from starting, in Vietnamese', async () => {
    const start = startServer(ctx.dataDir, { FEEDBACK_ACK_DAYS: '10', FEEDBACK_ANSWER_DAYS: 'mười lăm' })
    await expect(start).rejects.toThrow('FEEDBACK_ANSWER_DAYS phải là một số nguyên từ 1 đến 365 (đang là "mười lăm")')
  }, 180_000)

  it('are what the public pages built by the server promise citizens', async () => {
    const server = await startServer(ctx.dataDir, {
      SITE_REBUILD: 'on',
      SITE_REBUILD_DEBOUNCE_MS: '200',
      FEEDBACK_ACK_DAYS: '3',
      FEEDBACK_ANSWER_DAYS: '20',
    })
    try {
      const built = (...parts: string[]) => {
        try {
          return fs.readFileSync(path.join(process.env.SITE_DIST!, ...parts, 'index.html'), 'utf8')
        } catch {
          return ''
        }
      }
      const token = await loginToken(server.url, 'admin@test.example')
      const res = await fetch(`${server.url}/api/globals/site-build/rebuild`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
      })
      expect(res.status).toBe(202)
      expect(
        await until(() => built('gop-y', 'da-gui') !== '' && built('gop-y') !== '' && built() !== '', 360_000),
        server.output().slice(-3000),
      ).toBe(true)
      for (const page of [built(), built('gop-y'), built('gop-y', 'da-gui')]) {
        const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
        expect(text).toContain('trong thời hạn 20 ngày làm việc')
        expect(text).not.toMatch(/\b15 ngày/)
      }
      // the sender group is asked, the consent cites the law and links the privacy notice, which is published
      const form = built('gop-y')
      expect(form).toContain('name="senderGroup"')
      expect(form).toContain('href="/chinh-sach-bao-ve-du-lieu-ca-nhan/"')
      expect(form).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15')
      const notice = built('chinh-sach-bao-ve-du-lieu-ca-nhan')
      expect(notice).toContain('Thông báo về xử lý dữ liệu cá nhân')
      expect(notice).toContain('2026-01-luat-91-2025')
      // local units by kind: the phường's page, and its old xã address sending readers on
      expect(built('truong-hoc', 'phuong', 'lai-khe')).toContain('Trường học Phường Lai Khê')
      expect(built('truong-hoc', 'xa', 'lai-khe')).toContain('http-equiv="refresh" content="0; url=/truong-hoc/phuong/lai-khe/"')
      expect(built('truong-hoc', 'xa', 'kim-anh')).toContain('Trường học Xã Kim Anh')
      // the administrator changes the setting: the site rebuilds by itself and every page states the new numbers
      const before = fs.statSync(path.join(process.env.SITE_DIST!, 'gop-y', 'index.html')).mtimeMs
      const patch = await fetch(`${server.url}/api/globals/site-settings`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ feedbackAckDays: 4, feedbackAnswerDays: 12 }),
      })
      expect(patch.status, await patch.text()).toBe(200)
      const rebuilt = () =>
        [built(), built('gop-y'), built('gop-y', 'da-gui')].every((p) => p.includes('trong thời hạn 12 ngày làm việc')) &&
        fs.statSync(path.join(process.env.SITE_DIST!, 'gop-y', 'index.html')).mtimeMs > before
      expect(await until(rebuilt, 360_000), server.output().slice(-3000)).toBe(true)
      for (const page of [built('gop-y'), built('gop-y', 'da-gui')]) {
        const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
        expect(text).toContain('trong thời hạn 4 ngày làm việc')
        expect(text).not.toContain('trong thời hạn 20 ngày')
      }
      // and a feedback sent now is stamped with them
      const sent = await fetch(`${server.url}/gop-y/gui/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'cau-hoi',
          subject: 'Hỏi về thời hạn trả lời',
          message: 'Xin hỏi thời hạn trả lời ý kiến hiện nay là bao nhiêu ngày làm việc?',
          name: 'Phạm Minh Châu',
          email: 'chau@example.com',
          consent: true,
        }),
      })
      expect(sent.status, await sent.clone().text()).toBeLessThan(300)
      const { code } = (await sent.json()) as { code: string }
      const res2 = await fetch(`${server.url}/api/feedback?where[code][equals]=${code}&depth=0`, {
        headers: { authorization: `JWT ${token}` },
      })
      const doc = ((await res2.json()) as { docs: { receivedAt: string; answerBy: string }[] }).docs[0]
      const { addWorkingDays } = await import('@gd/shared/working-days')
      const { holidaysForYears } = await import('@gd/shared/holidays')
      const holidays = holidaysForYears().map((h) => h.date)
      expect(doc.answerBy).toBe(addWorkingDays(doc.receivedAt, 12, holidays).toISOString())
    } finally {
      await server.stop()
    }
  }, 480_000)
})
