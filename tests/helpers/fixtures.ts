import type { Payload } from 'payload'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'

export const PASSWORD = 'MatKhau@Kiem-Thu-2026'

/** Two schools, one account per role (school A and school B), and content of each kind and state. */
export async function createFixtures(payload: Payload) {
  const o = { overrideAccess: true, depth: 0 } as const
  const schoolA = await payload.create({
    ...o,
    collection: 'schools',
    data: { name: 'Trường Tiểu học Kim Anh', level: 'tieu-hoc', commune: 'Kim Anh', demo: true },
  })
  const schoolB = await payload.create({
    ...o,
    collection: 'schools',
    data: { name: 'Trường THCS Lai Khê', level: 'thcs', commune: 'Lai Khê', demo: true },
  })
  const theme = await payload.create({
    ...o,
    collection: 'themes',
    data: { name: 'Chuyển đổi số, ứng dụng công nghệ thông tin', slug: 'chuyen-doi-so', order: 7, year: 2024, status: 'dang-ap-dung' },
  })
  const user = (email: string, role: 'admin' | 'editor' | 'school', school?: number) =>
    payload.create({ ...o, collection: 'users', data: { email, password: PASSWORD, name: email.split('@')[0], role, school } })
  const admin = await user('admin@test.example', 'admin')
  const editor = await user('editor@test.example', 'editor')
  const schoolUserA = await user('truong-a@test.example', 'school', schoolA.id)
  const schoolUserB = await user('truong-b@test.example', 'school', schoolB.id)
  const content = paragraphsToLexical(['Nội dung kiểm thử.'])
  const publishedArticle = await payload.create({
    ...o,
    collection: 'articles',
    data: { title: 'Tin đã đăng', content, themes: [theme.id], _status: 'published' },
  })
  const draftArticle = await payload.create({
    ...o,
    collection: 'articles',
    draft: true,
    data: { title: 'Tin nháp bí mật', content, themes: [theme.id], _status: 'draft' },
  })
  const exemplar = (title: string, school: number, status: 'draft' | 'published') =>
    payload.create({
      ...o,
      collection: 'exemplars',
      draft: status === 'draft',
      data: {
        title,
        subjectName: 'Em Nguyễn Văn An',
        subjectType: 'hoc-sinh',
        school,
        movement: 'khac',
        summary: 'Nhặt được của rơi trả người đánh mất.',
        story: content,
        _status: status,
      },
    })
  const exemplarA = await exemplar('Gương tốt trường A (nháp)', schoolA.id, 'draft')
  const exemplarB = await exemplar('Gương tốt trường B (nháp)', schoolB.id, 'draft')
  const publishedExemplarB = await exemplar('Gương tốt trường B (đã đăng)', schoolB.id, 'published')
  const feedback = await payload.create({
    ...o,
    collection: 'feedback',
    data: {
      code: 'GY-2026-ABCDE',
      status: 'moi',
      receivedAt: new Date().toISOString(),
      kind: 'gop-y',
      subject: 'Góp ý kiểm thử',
      message: 'Nội dung góp ý kiểm thử đủ dài.',
      name: 'Trần Văn B',
      email: 'b@example.com',
      consent: true,
    },
  })
  return {
    schoolA,
    schoolB,
    theme,
    admin,
    editor,
    schoolUserA,
    schoolUserB,
    publishedArticle,
    draftArticle,
    exemplarA,
    exemplarB,
    publishedExemplarB,
    feedback,
  }
}
