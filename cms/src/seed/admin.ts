import { config } from '@gd/shared/config'
import type { Payload } from 'payload'
import { PASSWORD_RULE, strongPassword } from '../collections/Users/passwordRule'

/** Production's first administrator, from ADMIN_EMAIL / ADMIN_PASSWORD, when none exists. */
export async function ensureProductionAdmin(payload: Payload, log: (m: string) => void): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })
  if (totalDocs > 0) return
  const email = config().ADMIN_EMAIL
  const password = config().ADMIN_PASSWORD
  if (!email || !password) {
    log('Chưa có tài khoản quản trị: đặt ADMIN_EMAIL và ADMIN_PASSWORD rồi chạy lại `npm run seed`.')
    return
  }
  if (!strongPassword(password, email)) {
    log(`ADMIN_PASSWORD: ${PASSWORD_RULE} Đặt mật khẩu khác rồi chạy lại \`npm run seed\`.`)
    return
  }
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, name: 'Quản trị hệ thống', role: 'admin' },
  })
  log(`Đã tạo tài khoản quản trị ${email}.`)
}
