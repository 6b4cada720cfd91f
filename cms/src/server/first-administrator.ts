import { Router } from 'express'
import { escapeHtml } from '@gd/shared/text'
import { fallbackPage } from './site-pages'
import { staffAuthPath } from './staff-auth-paths'
import { PASSWORD_NEEDS } from '../collections/Users/passwordRule'

/**
 * Payload lets whoever comes first to a site without any account create one, as an administrator if asked
 * (`POST /api/users/first-register`, behind the admin's "create the first user" screen). Here the first administrator
 * comes only from the installation: ADMIN_EMAIL and ADMIN_PASSWORD, through the seed (../seed/admin.ts). Otherwise a
 * production whose seed was given no password, or refused a weak one, would belong to the first visitor.
 */
export const FIRST_ADMIN_ONLY_AT_INSTALL =
  'Tài khoản quản trị đầu tiên chỉ được tạo khi cài đặt, từ ADMIN_EMAIL và ADMIN_PASSWORD (xem README), không tạo qua trang này.'

/** Payload's screen for it (its default admin route), to which its login page sends a site without accounts. */
const CREATE_FIRST_USER = /^\/admin\/create-first-user\/?$/

/** What the installer does instead (as the seed says when it creates none: ../seed/admin.ts). */
const WHAT_TO_DO =
  `Người cài đặt: đặt ADMIN_EMAIL và ADMIN_PASSWORD (mật khẩu cần có ${PASSWORD_NEEDS}) rồi chạy lại ` +
  '`npm run seed`, hoặc khởi động lại bộ chứa (docker compose up -d).'

const STYLE =
  'body{font:1rem/1.6 system-ui,sans-serif;color:#1b1b1b;margin:0;padding:2rem 1rem}' +
  'main{max-width:40rem;margin:0 auto}h1{font-size:1.6rem;line-height:1.25}code{background:#f1f1f1;padding:0 .2em}'

const page = fallbackPage(
  'Chưa có tài khoản quản trị',
  `<style>${STYLE}</style><h1>Chưa có tài khoản quản trị</h1><p>${escapeHtml(FIRST_ADMIN_ONLY_AT_INSTALL)}</p>` +
    `<p>${escapeHtml(WHAT_TO_DO).replace(/`([^`]+)`/g, '<code>$1</code>')}</p><p><a href="/">Về trang chủ</a></p>`,
)

/** Mounted before Next: both ways to the first account answer 403 with the sentence above, and nothing is created. */
export function firstAdministratorAtInstallOnly(): Router {
  const router = Router()
  router.post(staffAuthPath('first-register'), (_req, res) => {
    res.status(403).json({ errors: [{ message: FIRST_ADMIN_ONLY_AT_INSTALL }], message: FIRST_ADMIN_ONLY_AT_INSTALL })
  })
  router.get(CREATE_FIRST_USER, (_req, res) => {
    res.status(403).type('html').send(page)
  })
  return router
}
