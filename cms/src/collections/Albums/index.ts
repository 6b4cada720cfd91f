import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { l } from '../../utilities/label'
import { dayField } from '../../fields/dayField'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

/**
 * Album ảnh (Thư viện ảnh): a dated set of photos from the Media uploads (each with its alt text, sized by sharp
 * through Media's imageSizes), in the editors' order with a caption each. Staff write and publish; the public reads
 * the published ones at /thu-vien-anh/ (@gd/shared/gallery), where each photo also has its own page. An article or
 * an exemplar can show one (fields/albumField.ts), so a change makes a full rebuild (FULL_REBUILD_COLLECTIONS).
 */
export const Albums: CollectionConfig = {
  slug: 'albums',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Album ảnh', 'Album'), plural: l('Album ảnh', 'Albums') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'takenOn', '_status'],
    group: l('Thư viện ảnh, video', 'Gallery'),
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-takenOn',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    { name: 'title', type: 'text', label: l('Tên album', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    dayField({ name: 'takenOn', label: l('Ngày chụp, ngày diễn ra', 'Date'), required: true, index: true }),
    { name: 'description', type: 'textarea', label: l('Giới thiệu', 'Description'), required: true, maxLength: 1000 },
    {
      name: 'photos',
      type: 'array',
      label: l('Ảnh trong album', 'Photos'),
      labels: { singular: l('Ảnh', 'Photo'), plural: l('Ảnh', 'Photos') },
      required: true,
      minRows: 1,
      maxRows: 200,
      admin: { description: l('Kéo để sắp xếp thứ tự. Mỗi ảnh đã có mô tả (thay thế văn bản) khi tải lên.', 'Drag to order.') },
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', label: l('Ảnh', 'Image'), required: true },
        { name: 'caption', type: 'text', label: l('Chú thích', 'Caption'), maxLength: 300 },
      ],
    },
    publishedAtField,
  ],
}
