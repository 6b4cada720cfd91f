/**
 * Public Q&A (/hoi-dap/): what of an answered feedback item may be shown, and the one rule for the asker's name.
 */

/** The asker as shown publicly: the name only when the citizen agreed to show it, otherwise "Người dân". */
export const ANONYMOUS_ASKER = 'Người dân'

export function publicAskerName(item: { name?: string | null; showName?: boolean | null }): string {
  const name = typeof item.name === 'string' ? item.name.trim() : ''
  return item.showName === true && name ? name : ANONYMOUS_ASKER
}

/** One published Q&A entry: the only fields that ever leave the CMS. */
export interface PublicQa {
  id: number
  title: string
  question: string
  answer: string
  asker: string
  theme: { slug: string; name: string } | null
  askedAt: string
  answeredAt: string | null
  publishedAt: string | null
}

export const QA_URL = '/hoi-dap/'
/** Each entry's anchor on the Q&A page (`/hoi-dap/#hoi-dap-12`): search results and links land on the entry. */
export const QA_ENTRY_ID_PREFIX = 'hoi-dap-'
export const qaEntryId = (id: number | string): string => `${QA_ENTRY_ID_PREFIX}${id}`
