import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isStaff } from '../../access/isStaff'
import { staffOrSchool } from '../../access/staffOrSchool'
import { l } from '../../utilities/label'
import { MEDIA_DIR } from '../../utilities/paths'
import { validateImage } from './hooks/validateImage'
import { ALLOWED_IMAGE_MIME_TYPES, MAX_IMAGE_PIXELS } from './limits'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterMediaChange, rebuildAfterMediaDelete } from '../../site-build/hooks'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { missingUploadIs404 } from '../../utilities/missingUploadIs404'

const webp = { format: 'webp' as const, options: { quality: 78 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: l('Ảnh', 'Image'), plural: l('Ảnh tải lên', 'Media') },
  admin: { group: l('Nội dung', 'Content') },
  access: { read: anyone, create: staffOrSchool, update: isStaff, delete: isStaff },
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist, validateImage],
    afterChange: [rebuildAfterMediaChange],
    afterDelete: [auditDeletion, rebuildAfterMediaDelete],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: l('Mô tả ảnh (thay thế văn bản)', 'Alt text'),
      required: true,
      minLength: 3,
      maxLength: 250,
      admin: { description: l('Mô tả ngắn bằng tiếng Việt cho người khiếm thị.', 'Short Vietnamese description.') },
    },
  ],
  upload: {
    // a file not on the disk: 404 in Vietnamese, not Payload's 500 (../../utilities/missingUploadIs404.ts)
    handlers: [missingUploadIs404],
    staticDir: MEDIA_DIR,
    mimeTypes: ALLOWED_IMAGE_MIME_TYPES,
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp, withoutEnlargement: true },
      { name: 'card', width: 768, formatOptions: webp, withoutEnlargement: true },
      { name: 'hero', width: 1280, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
}
