/** Drafts for comment (/du-thao/): their URLs and pure selections (loaded by loaders/consultations.ts). */
import { consultationPhase, type ConsultationPhase } from '@gd/shared/consultation'
import type { ConsultationDoc } from './types.ts'
import { CONSULTATIONS_URL } from '@gd/shared/public-routes'

export const CONSULTATIONS_BASE = CONSULTATIONS_URL

export const consultationHref = (slug: string): string => `${CONSULTATIONS_BASE}${encodeURIComponent(slug)}/`

export const phaseOf = (c: ConsultationDoc, now = new Date()): ConsultationPhase => consultationPhase(c, now)

/** Open drafts first (closing soonest first), then upcoming, then closed (latest closed first). */
export function sortConsultations(list: ConsultationDoc[], now = new Date()): ConsultationDoc[] {
  const rank = { 'dang-mo': 0, 'sap-mo': 1, 'da-dong': 2 } as const
  return [...list].sort((a, b) => {
    const ra = rank[phaseOf(a, now)]
    const rb = rank[phaseOf(b, now)]
    if (ra !== rb) return ra - rb
    return ra === 0 ? Date.parse(a.closesAt) - Date.parse(b.closesAt) : Date.parse(b.closesAt) - Date.parse(a.closesAt)
  })
}
