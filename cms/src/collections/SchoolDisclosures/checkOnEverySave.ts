import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { SCHOOL_YEAR_MESSAGE, isSchoolYear } from '@gd/shared/disclosures'
import { checkFiles } from './filesField'

/**
 * Payload validates fields only when a save is not a draft, and schools save nothing but drafts: the school year's
 * form and the files' ownership are checked here on every save, so a wrong one is a Vietnamese 400 with nothing
 * stored, whatever the client.
 */
export const checkOnEverySave: CollectionBeforeChangeHook = async ({ data, req, collection }) => {
  const errors: { path: string; message: string }[] = []
  if (data.schoolYear != null && !isSchoolYear(data.schoolYear)) errors.push({ path: 'schoolYear', message: SCHOOL_YEAR_MESSAGE })
  const files = await checkFiles(data.files, req)
  if (files !== true) errors.push({ path: 'files', message: files })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
