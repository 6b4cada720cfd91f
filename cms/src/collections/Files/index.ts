import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { l } from '../../utilities/label'
import { FILES_DIR } from '../../utilities/paths'
import { validateFile } from './hooks/validateFile'
import { ALLOWED_FILE_MIME_TYPES } from './limits'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'
import { missingUploadIs404 } from '../../utilities/missingUploadIs404'

/**
 * Attached files of documents and drafts (PDF, Word), at most 20 MB, checked by content. Served by Payload at
 * /api/files/file/<filename> with the Content-Type its content shows.
 */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: l('Tệp văn bản', 'File'), plural: l('Tệp văn bản', 'Files') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
    group: l('Văn bản', 'Documents'),
    hidden: hiddenFromSchools,
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist, validateFile],
    afterChange: [rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: l('Tên tệp hiển thị', 'Display name'),
      required: true,
      maxLength: 250,
      admin: { description: l('Ví dụ: Toàn văn Kế hoạch 92/KH-PGDĐT (PDF).', 'E.g. the full text of plan 92 (PDF).') },
    },
  ],
  upload: {
    // a file not on the disk: 404 in Vietnamese, not Payload's 500 (../../utilities/missingUploadIs404.ts)
    handlers: [missingUploadIs404],
    staticDir: FILES_DIR,
    mimeTypes: ALLOWED_FILE_MIME_TYPES,
  },
}
