/** A label in the admin's two languages: Vietnamese first, English second. */
export const l = (vi: string, en: string) => ({ vi, en })
