import { config } from '@gd/shared/config'
import { escapeHtml } from '@gd/shared/text'
import type { PayloadRequest } from 'payload'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { sendWithoutWaiting } from '../../email'
import { PASSWORD_NEEDS } from './passwordRule'

/**
 * The e-mail a staff member gets after "Quên mật khẩu?" (the collection's auth.forgotPassword). Payload's own said
 * neither who sent it nor how long its link lasts; this one names the department (site settings), greets the account
 * by name, gives the one-time link on the public origin, its time and the password rule, and what to do if the
 * request was not theirs. It leaves after the request's answer (../../email.ts sendWithoutWaiting).
 */
export const RESET_LINK_MINUTES = 60

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string | null; email?: string | null } }

/** The department's name from the site settings (the reader every notice uses), or the site's kind when unset. */
async function orgName(req?: PayloadRequest): Promise<string> {
  const name = req ? (await feedbackSettings(req.payload, req).catch(() => null))?.orgName.trim() : ''
  return name || 'Trang thông tin điện tử'
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
      `Mật khẩu mới cần có ${PASSWORD_NEEDS}.`,
      'Nếu không phải ông/bà yêu cầu, xin bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
      `${org}<br>(Thư gửi tự động, xin không trả lời thư này.)`,
    ]
    // sent after the answer: a request for an address with an account must take no longer than one without
    // (../../server/reset-request-time.ts)
    const html = `<!doctype html><html lang="vi"><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`
    return sendWithoutWaiting(html)
  },
}
