/** The globals: site settings (name, contacts, logo, spokesperson) and the organisation page. */
import { type DeadlineDays, deadlineDaysFrom } from '@gd/shared/feedback-deadlines'
import type { OrganisationDoc, SiteSettings } from '../types.ts'
import { getJson, once } from './client.ts'

export const getSiteSettings = (): Promise<SiteSettings> =>
  once('site-settings', () => getJson<SiteSettings>('/api/globals/site-settings?depth=1'))

export const getOrganisation = (): Promise<OrganisationDoc> =>
  once('organisation', () => getJson<OrganisationDoc>('/api/globals/organisation?depth=1'))

/** The working days to acknowledge and to answer feedback, as the site settings (or the configuration) set them. */
export const getFeedbackDeadlineDays = async (): Promise<DeadlineDays> => deadlineDaysFrom(await getSiteSettings())
