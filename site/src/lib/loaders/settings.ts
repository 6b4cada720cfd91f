/** The globals: site settings (name, contacts, logo, spokesperson) and the organisation page. */
import type { OrganisationDoc, SiteSettings } from '../types.ts'
import { getJson, once } from './client.ts'

export const getSiteSettings = (): Promise<SiteSettings> =>
  once('site-settings', () => getJson<SiteSettings>('/api/globals/site-settings?depth=1'))

export const getOrganisation = (): Promise<OrganisationDoc> =>
  once('organisation', () => getJson<OrganisationDoc>('/api/globals/organisation?depth=1'))
