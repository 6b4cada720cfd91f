import { signInRefusedTranslations } from './collections/Users/signInRefused'
import { RESET_LINK_MINUTES } from './collections/Users/resetEmail'

/** After "Quên mật khẩu?": the same for an address with an account and one without (server/reset-request-time.ts). */
const RESET_SENT =
  'Nếu địa chỉ này có tài khoản, thư hướng dẫn đặt lại mật khẩu sẽ đến trong ít phút. ' +
  `Đường dẫn trong thư dùng được một lần, trong ${RESET_LINK_MINUTES} phút. Nếu không thấy thư, xin xem cả mục thư rác.`

/**
 * Where Payload's own words are replaced (config.i18n.translations): its Vietnamese leaves some in English ("Email" on
 * the login and forgotten-password pages, "spam", "Field" in the error it shows when a save is refused), and a refused
 * sign-in says the same whatever the reason (collections/Users/signInRefused.ts).
 */
export const adminWords = {
  vi: {
    general: { email: 'Thư điện tử', emailAddress: 'Địa chỉ thư điện tử' },
    authentication: {
      emailSent: 'Đã gửi thư',
      checkYourEmailForPasswordReset: RESET_SENT,
      forgotPasswordEmailInstructions: 'Nhập địa chỉ thư điện tử của tài khoản để nhận thư hướng dẫn đặt lại mật khẩu.',
      emailNotValid: 'Địa chỉ thư điện tử không hợp lệ.',
    },
    validation: { emailAddress: 'Địa chỉ thư điện tử không hợp lệ.' },
    error: {
      ...signInRefusedTranslations.vi.error,
      missingEmail: 'Chưa nhập địa chỉ thư điện tử.',
      userEmailAlreadyRegistered: 'Địa chỉ thư điện tử này đã có tài khoản.',
      followingFieldsInvalid_one: 'Chưa lưu được, mục sau không hợp lệ:',
      followingFieldsInvalid_other: 'Chưa lưu được, các mục sau không hợp lệ:',
    },
  },
  en: signInRefusedTranslations.en,
}
