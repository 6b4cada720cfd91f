import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { staffOrOwnSchool } from '../../access/staffOrOwnSchool'
import { staffOrSchool } from '../../access/staffOrSchool'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { l } from '../../utilities/label'
import { REPORT_FILES_DIR } from '../../utilities/paths'
import { schoolIdOf } from '../../utilities/schoolIdOf'
import { refuseImpossibleID } from '../../utilities/validID'
import { REPORT_FILE_MIME_TYPES } from './limits'
import { validateReportFile } from './validateReportFile'
import { missingUploadIs404 } from '../../utilities/missingUploadIs404'

/** A school's upload belongs to its own school, whatever it sends; staff uploads belong to the department (no school). */
const stampSchool: CollectionBeforeValidateHook = ({ data, req }) =>
  req.user?.role === 'school' ? { ...(data ?? {}), school: schoolIdOf(req.user.school) } : data

/**
 * Tệp đính kèm báo cáo: attachments of urgent reports and the signed, stamped scans of schools' and the department's
 * reports. Never public: read (list and the file itself, /api/report-files/file/<name>) by staff and the uploading
 * school only.
 */
export const ReportFiles: CollectionConfig = {
  slug: 'report-files',
  labels: { singular: l('Tệp đính kèm báo cáo', 'Report file'), plural: l('Tệp đính kèm báo cáo', 'Report files') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'school', 'filesize', 'createdAt'],
    group: l('Báo cáo dư luận', 'Opinion reports'),
  },
  access: { read: staffOrOwnSchool, create: staffOrSchool, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist, validateReportFile],
    beforeValidate: [stampSchool],
  },
  fields: [
    {
      name: 'school',
      type: 'relationship',
      relationTo: 'schools',
      label: l('Trường gửi', 'School'),
      index: true,
      admin: { readOnly: true, description: l('Để trống: tệp của Phòng.', 'Empty: the department’s file.') },
    },
  ],
  upload: {
    // a file not on the disk: 404 in Vietnamese, not Payload's 500 (../../utilities/missingUploadIs404.ts)
    handlers: [missingUploadIs404],
    staticDir: REPORT_FILES_DIR,
    mimeTypes: Object.values(REPORT_FILE_MIME_TYPES),
  },
}
