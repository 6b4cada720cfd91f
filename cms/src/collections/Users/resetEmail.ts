import { config } from '@gd/shared/config'
import { escapeHtml } from '@gd/shared/text'
import type { PayloadRequest } from 'payload'
import { PASSWORD_MIN_LENGTH } from './passwordRule'

/**
 * The e-mail a staff member gets after "Quên mật khẩu?" (the collection's auth.forgotPassword). Payload's own said
 * neither who sent it nor how long its link lasts; this one names the department (site settings), greets the account
 * by name, gives the one-time link on the public origin, its time and the password rule, and what to do if the
 * request was not theirs.
 */
export const RESET_LINK_MINUTES = 60

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string | null; email?: string | null } }

async function orgName(req?: PayloadRequest): Promise<string> {
  const settings = req
    ? await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req }).catch(() => null)
    : null
  return settings?.orgName?.trim() || 'Trang thông tin điện tử'
}

export const resetEmail = {
  expiration: RESET_LINK_MINUTES * 60_000,
  generateEmailSubject: async ({ req }: Args = {}) => `[${await orgName(req)}] Đặt lại mật khẩu tài khoản quản trị`,
  generateEmailHTML: async ({ req, token, user }: Args = {}) => {
    const org = escapeHtml(await orgName(req))
    const link = `${config().publicOrigin}/admin/reset/${encodeURIComponent(token ?? '')}`
    const paragraphs = [
      `Kính gửi ${escapeHtml(user?.name?.trim() || 'ông/bà')},`,
      `${org} nhận được yêu cầu đặt lại mật khẩu cho tài khoản ${escapeHtml(user?.email ?? '')} ` +
        'trên trang quản trị của Trang thông tin điện tử.',
      `Để đặt mật khẩu mới, xin mở đường dẫn sau (dùng được một lần, trong ${RESET_LINK_MINUTES} phút):<br>` +
        `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`,
      `Mật khẩu mới cần có ít nhất ${PASSWORD_MIN_LENGTH} ký tự, gồm cả chữ cái và chữ số.`,
      'Nếu không phải ông/bà yêu cầu, xin bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
      `${org}<br>(Thư gửi tự động, xin không trả lời thư này.)`,
    ]
    return `<!doctype html><html lang="vi"><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`
  },
}
