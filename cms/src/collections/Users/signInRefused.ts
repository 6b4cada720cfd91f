/**
 * How a refused sign-in answers. Ten failed logins in a row lock an account for ten minutes; Payload refuses a locked
 * account in words of its own ("locked"), which would tell whoever failed ten times that the e-mail has an account. So
 * a wrong password, an unknown e-mail and a locked account all answer in the same words (the same 401, in every
 * language the admin speaks), and those words say both: what may be wrong, and that a lock passes by itself.
 * (./hooks/equaliseLoginTime.ts gives them the same time.)
 */
export const LOGIN_LOCK = { attempts: 10, minutes: 10 } as const

const { attempts, minutes } = LOGIN_LOCK
const VI_LOCKED = `Sau ${attempts} lần đăng nhập sai liên tiếp, tài khoản tạm khóa ${minutes} phút.`
const REFUSED = {
  vi: `Thư điện tử hoặc mật khẩu không đúng. ${VI_LOCKED}`,
  en: `The e-mail or password is incorrect. After ${attempts} failed sign-ins in a row, the account is locked for ${minutes} minutes.`,
}

/** Payload's translations of its two refusals (config.i18n.translations), one sentence for both. */
export const signInRefusedTranslations = Object.fromEntries(
  Object.entries(REFUSED).map(([language, words]) => [language, { error: { emailOrPasswordIncorrect: words, userLocked: words } }]),
) as Record<keyof typeof REFUSED, { error: { emailOrPasswordIncorrect: string; userLocked: string } }>
