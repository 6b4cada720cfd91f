import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { VIDEO_SUBDIR } from '@gd/shared/gallery'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { dayField } from '../../fields/dayField'
import { l } from '../../utilities/label'
import { MEDIA_DIR } from '../../utilities/paths'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { validateVideo } from './validateVideo'
import { missingUploadIs404 } from '../../utilities/missingUploadIs404'

/**
 * Video (Thư viện ảnh, video): an uploaded MP4 (checked by content, at most MAX_VIDEO_MB: validateVideo) with a
 * required poster image from Media, played on the site by the browser's own <video> element — no third-party player,
 * nothing from another host. Files live in MEDIA_DIR/video (served at /media/video/<name>, kept by the backup with
 * the images). Staff upload and publish; the public reads the published ones at /video/.
 */
export const Videos: CollectionConfig = {
  slug: 'videos',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist, validateVideo],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Video', 'Video'), plural: l('Video', 'Videos') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'recordedOn', 'filesize', '_status'],
    group: l('Thư viện ảnh, video', 'Gallery'),
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-recordedOn',
  versions: { drafts: true, maxPerDoc: 30 },
  upload: {
    // a file not on the disk: 404 in Vietnamese, not Payload's 500 (../../utilities/missingUploadIs404.ts)
    handlers: [missingUploadIs404],
    staticDir: path.join(MEDIA_DIR, VIDEO_SUBDIR),
    mimeTypes: ['video/mp4'],
  },
  fields: [
    { name: 'title', type: 'text', label: l('Tên video', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    dayField({ name: 'recordedOn', label: l('Ngày quay, ngày diễn ra', 'Date'), required: true, index: true }),
    { name: 'description', type: 'textarea', label: l('Giới thiệu', 'Description'), required: true, maxLength: 1000 },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: l('Ảnh đại diện (hiện trước khi phát)', 'Poster'),
      required: true,
    },
    {
      name: 'transcript',
      type: 'textarea',
      label: l('Nội dung bằng chữ', 'Transcript'),
      maxLength: 20000,
      admin: {
        description: l(
          'Lời nói và diễn biến chính của video, cho người khiếm thính và người không nghe được âm thanh.',
          'For people who cannot hear the sound.',
        ),
      },
    },
    publishedAtField,
  ],
}
