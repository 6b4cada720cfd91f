import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrSchool } from '../../access/staffOrSchool'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { auditDeletion } from '../../audit/deletions'
import { l } from '../../utilities/label'
import { FILES_DIR } from '../../utilities/paths'
import { refuseImpossibleID } from '../../utilities/validID'
import { ALLOWED_FILE_MIME_TYPES } from '../Files/limits'
import { validateFile } from '../Files/hooks/validateFile'
import { stampOwnSchool } from './stampOwnSchool'
import { missingUploadIs404 } from '../../utilities/missingUploadIs404'

/**
 * Tệp công khai: the files (PDF, Word, at most 20 MB, checked by content as documents' files are) a school attaches
 * to its disclosures. A school uploads for itself only (the school is stamped by the server) and lists only its own;
 * the file itself is public at /api/disclosure-files/file/<name>, downloaded as an attachment like documents' files.
 * Kept under FILES_DIR/cong-khai, so the backup of files/ carries them.
 */
export const DisclosureFiles: CollectionConfig = {
  slug: 'disclosure-files',
  labels: { singular: l('Tệp công khai', 'Disclosure file'), plural: l('Tệp công khai', 'Disclosure files') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'school', 'filesize', 'createdAt'],
    group: l('Nội dung', 'Content'),
  },
  // a school never replaces a file once uploaded: a published disclosure's file changes only through review (a new file)
  access: { read: anyone, create: staffOrSchool, update: isStaff, delete: isAdmin },
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist, validateFile],
    beforeValidate: [stampOwnSchool],
    afterDelete: [auditDeletion],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: l('Tên tệp hiển thị', 'Display name'),
      required: true,
      maxLength: 250,
      admin: { description: l('Ví dụ: Báo cáo thường niên năm học 2024–2025 (PDF).', 'E.g. the annual report (PDF).') },
    },
    {
      name: 'school',
      type: 'relationship',
      relationTo: 'schools',
      label: l('Trường', 'School'),
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: l('Trường của tài khoản tải lên.', 'The uploader’s school.') },
    },
  ],
  upload: {
    // a file not on the disk: 404 in Vietnamese, not Payload's 500 (../../utilities/missingUploadIs404.ts)
    handlers: [missingUploadIs404],
    staticDir: path.join(FILES_DIR, 'cong-khai'),
    mimeTypes: ALLOWED_FILE_MIME_TYPES,
  },
}
