import { signInRefusedTranslations } from './collections/Users/signInRefused'

/**
 * Where Payload's own words are replaced (config.i18n.translations): its Vietnamese leaves some in English ("Email" on
 * the login page, "Field" in the error it shows when a save is refused), and a refused sign-in says the same whatever
 * the reason (collections/Users/signInRefused.ts).
 */
export const adminWords = {
  vi: {
    general: { email: 'Thư điện tử' },
    error: {
      ...signInRefusedTranslations.vi.error,
      followingFieldsInvalid_one: 'Chưa lưu được, mục sau không hợp lệ:',
      followingFieldsInvalid_other: 'Chưa lưu được, các mục sau không hợp lệ:',
    },
  },
  en: signInRefusedTranslations.en,
}
