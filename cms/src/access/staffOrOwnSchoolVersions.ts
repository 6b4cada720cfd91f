import { type Access, appendVersionToQueryKey, type Where } from 'payload'
import { staffOrOwnSchool } from './staffOrOwnSchool'

/**
 * Read access to the version history (`readVersions`) of school-owned drafts content: the same rule as
 * `staffOrOwnSchool`: staff read every version; a school contributor only versions of its own school's items;
 * anyone else none. A query returned here is applied to the versions table, so its keys are moved under
 * `version.` as Payload does for draft reads.
 */
export const staffOrOwnSchoolVersions: Access = async (args) => {
  const result = await staffOrOwnSchool(args)
  return typeof result === 'object' ? appendVersionToQueryKey(result as Where) : result
}
