/** The organisation (/gioi-thieu/) and contact (/lien-he/) pages' URLs, and phone links everywhere. */
export const ABOUT_URL = '/gioi-thieu/'
export const CONTACT_URL = '/lien-he/'

/** tel: link target from a written phone number. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`
