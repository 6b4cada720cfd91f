/**
 * Corrections (đính chính): a dated notice attached to a published article or exemplar, saying what was wrong and
 * who decided the correction (the plan's "xử lý thông tin sai lệch"). The article shows its corrections near the
 * top, newest first; /dinh-chinh/ lists every one, newest first, linking to the article.
 */
import { toLocalDate } from './working-days.ts'

export const CORRECTIONS_URL = '/dinh-chinh/'

/** The collections a correction may be attached to. */
export const CORRECTED_COLLECTIONS = ['articles', 'exemplars'] as const
export type CorrectedCollection = (typeof CORRECTED_COLLECTIONS)[number]

export const CORRECTION_TARGET_MESSAGE = 'Chỉ đính chính được tin bài hoặc gương người tốt việc tốt đã xuất bản.'

export interface DatedCorrection {
  id: number | string
  correctedOn: string
  target: { relationTo: string; value: unknown }
}

/** The id a correction's target points at, populated or not. */
export const targetId = (c: DatedCorrection): string => {
  const v = c.target?.value
  return String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)
}

/** Newest first by Hà Nội day; on the same day, the later-created (higher id) first. */
export function newestCorrectionsFirst<T extends DatedCorrection>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      toLocalDate(b.correctedOn).localeCompare(toLocalDate(a.correctedOn)) ||
      String(b.id).localeCompare(String(a.id), 'en', { numeric: true }),
  )
}

/** The corrections of one item (collection and id), newest first. */
export const correctionsOf = <T extends DatedCorrection>(list: readonly T[], collection: CorrectedCollection, id: unknown): T[] =>
  newestCorrectionsFirst(list.filter((c) => c.target?.relationTo === collection && targetId(c) === String(id)))
