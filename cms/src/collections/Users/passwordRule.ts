import { type CollectionBeforeOperationHook, ValidationError, type Where } from 'payload'

/**
 * What a staff account's password must be. A password opens the admin of an official public site (publishing, citizens'
 * feedback and their personal data), yet Payload itself asks for 3 characters. The rule weighs length first, as NIST
 * SP 800-63B does, with the letters-and-digits mix Vietnamese agencies usually ask for, and refuses a password built on
 * the account's own e-mail name. Checked wherever a password is set: an account created (also the first
 * administrator from ADMIN_PASSWORD), a password changed, and a reset from the e-mailed link.
 */
export const PASSWORD_MIN_LENGTH = 12

/** What a password needs, in the words both the refusal and the reset e-mail use. */
const NEEDS_MIX = 'gồm cả chữ cái và chữ số, và không chứa tên trong địa chỉ thư điện tử của tài khoản'
export const PASSWORD_NEEDS = `ít nhất ${PASSWORD_MIN_LENGTH} ký tự, ${NEEDS_MIX}`

export const PASSWORD_RULE = `Mật khẩu chưa đủ mạnh. Mật khẩu cần có ${PASSWORD_NEEDS}.`

/** Letters and digits only, without marks, in lower case: "Trường-A" and "truonga" are the same name here. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

/** Whether a password meets the rule (the e-mail, when known, is the account's). */
export function strongPassword(password: string, email?: string): boolean {
  // counted as a person counts them: a Vietnamese letter typed as a letter and its marks is still one
  if ([...password.normalize('NFC')].length < PASSWORD_MIN_LENGTH) return false
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return false
  const name = plain(email?.split('@')[0] ?? '')
  return name.length < 4 || !plain(password).includes(name)
}

/** Refuses (400, the rule in Vietnamese under the password field) any operation that would set a weak password. */
export const requireStrongPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  const password = data?.password
  if (password === undefined || password === null || password === '') return args
  let email = typeof data?.email === 'string' ? data.email : undefined
  // the account whose password changes: by its id (a change) or by the e-mailed link's token (a reset)
  const id = (args as { id?: number | string }).id
  const token = (data as { token?: unknown } | undefined)?.token
  const where: Where | null =
    operation === 'update' && id !== undefined
      ? { id: { equals: id } }
      : operation === 'resetPassword' && typeof token === 'string'
        ? { resetPasswordToken: { equals: token } }
        : null
  if (!email && where)
    email = (await req.payload.db.findOne<{ id: number | string; email?: string }>({ collection: 'users', req, where }))?.email
  if (typeof password === 'string' && strongPassword(password, email)) return args
  const refused = new ValidationError({ collection: 'users', errors: [{ path: 'password', message: PASSWORD_RULE }] }, req.t)
  // the words the admin shows (its notice reads the error's message, not the field's; a colon there would make a list
  // of what follows): the rule itself
  refused.message = PASSWORD_RULE
  throw refused
}
