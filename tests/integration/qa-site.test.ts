import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { SiteBuildCoordinator as Coordinator } from '../../cms/src/site-build/coordinator'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/** The public /hoi-dap/ page, built for real (Astro + Pagefind) from the real server's public Q&A endpoint. */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let coordinator: Coordinator
let siteDist: string

const NAME = 'Đỗ Minh Khôi'
const EMAIL = 'khoi.do@example.com'
const ORG = 'Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm'

beforeAll(async () => {
  ctx = await freshPayload('qa-site')
  payload = ctx.payload
  siteDist = process.env.SITE_DIST!
  const { SiteBuildCoordinator } = await import('../../cms/src/site-build/coordinator')
  const f = await createFixtures(payload)
  await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: ORG }, context: { skipRebuild: true } })
  const ask = (over: Record<string, unknown>) =>
    submitFeedback(payload, {
      kind: 'cau-hoi',
      subject: 'Hỏi',
      message: 'Câu hỏi gốc có tên trường và lớp 3B.',
      name: NAME,
      email: EMAIL,
      phone: '0904555666',
      consent: true,
      publishAnswer: true,
      ...over,
    } as never)
  const publish = async (code: string, data: { title: string; question: string; answer: string; theme?: number }) => {
    const id = (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true })).docs[0].id
    const as = { overrideAccess: false, user: f.editor as never }
    await payload.update({
      collection: 'feedback',
      id,
      ...as,
      data: { status: 'da-tra-loi', answer: data.answer, theme: data.theme, internalNotes: 'GHI CHÚ NỘI BỘ' },
    })
    await payload.update({ collection: 'feedback', id, ...as, data: { qaPublished: true, qaTitle: data.title, qaQuestion: data.question } })
  }
  await publish(await ask({ showName: false }), {
    title: 'Tuyển sinh lớp 1 trực tuyến',
    question: 'Đăng ký tuyển sinh lớp 1 trực tuyến ở đâu?',
    answer: 'Phụ huynh đăng ký tại cổng tuyển sinh của thành phố.',
    theme: f.theme.id,
  })
  await publish(await ask({ showName: true, name: 'Vũ Thị Lan', email: 'lan@example.com' }), {
    title: 'Học phí năm học mới',
    question: 'Học phí năm học mới có thay đổi không?',
    answer: 'Học sinh tiểu học công lập được miễn học phí.',
  })
  server = await startServer(ctx.dataDir)
  coordinator = new SiteBuildCoordinator(payload, server.url, 100)
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('/hoi-dap/', () => {
  it('lists the published Q&A by theme with the public asker only, indexed by Pagefind as "Hỏi đáp"', async () => {
    coordinator.request({ reason: 'hỏi đáp' })
    await coordinator.idle()
    expect(coordinator.history.at(-1)?.error).toBeUndefined()
    const html = fs.readFileSync(path.join(siteDist, 'hoi-dap', 'index.html'), 'utf8')
    expect(html).toContain('Tuyển sinh lớp 1 trực tuyến')
    expect(html).toContain('Đăng ký tuyển sinh lớp 1 trực tuyến ở đâu?')
    expect(html).toContain('Phụ huynh đăng ký tại cổng tuyển sinh của thành phố.')
    expect(html).toContain('Người hỏi: Người dân')
    expect(html).toContain('Người hỏi: Vũ Thị Lan')
    expect(html).toContain('Chuyển đổi số, ứng dụng công nghệ thông tin')
    expect(html).toContain('Chủ đề khác')
    expect(html.indexOf('Chuyển đổi số')).toBeLessThan(html.indexOf('Chủ đề khác'))
    expect(html).toContain('data-pagefind-filter="kind:Hỏi đáp"')
    expect(html).toContain('data-search-fold')
    // the owner comes from the site settings, never written into the page
    expect(html).toContain(`câu trả lời của ${ORG}`)
    expect(html).not.toContain('Phòng Giáo dục')
    for (const secret of [NAME, EMAIL, 'lan@example.com', '0904555666', '5666', 'GHI CHÚ NỘI BỘ', 'lớp 3B', 'GY-'])
      expect(html).not.toContain(secret)
    expect(fs.readFileSync(path.join(siteDist, 'index.html'), 'utf8')).toContain('href="/hoi-dap/"')
  }, 240_000)
})
