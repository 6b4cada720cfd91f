import { sortConsultations } from '../consultations.ts'
import type { ConsultationDoc } from '../types.ts'
import { fetchAll, once, withSlug } from './client.ts'

/** Drafts for comment, open ones first. */
export const getConsultations = (): Promise<ConsultationDoc[]> =>
  once('consultations', async () => sortConsultations(withSlug(await fetchAll<ConsultationDoc>('consultations'))))
