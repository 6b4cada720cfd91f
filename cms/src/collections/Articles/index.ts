import type { CollectionConfig } from 'payload'
import { isStaff } from '../../access/isStaff'
import { previewUrl } from '../../utilities/previewUrl'
import { staffOrOwnSchool } from '../../access/staffOrOwnSchool'
import { staffOrOwnSchoolVersions } from '../../access/staffOrOwnSchoolVersions'
import { staffOrSchool } from '../../access/staffOrSchool'
import { enforceReview } from '../../workflow/enforceReview'
import { reviewEditComponents, reviewFields, reviewNoticeField } from '../../workflow/fields'
import { ownSchoolField } from '../../workflow/schoolField'
import { staffOrPublishedOrOwnSchool } from '../../access/staffOrPublishedOrOwnSchool'
import { slugField } from '../../fields/slug'
import { publishedAtField } from '../../fields/publishedAt'
import { safeRichText } from '../../fields/safeRichText'
import { albumField } from '../../fields/albumField'
import { l } from '../../utilities/label'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

/** News (tin bài) on the plan's ten themes. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: l('Tin bài', 'Article'), plural: l('Tin bài', 'Articles') },
  admin: {
    useAsTitle: 'title',
    preview: previewUrl('tin-tuc'),
    defaultColumns: ['title', 'themes', 'publishedAt', '_status'],
    group: l('Nội dung', 'Content'),
    components: { edit: reviewEditComponents },
  },
  // schools submit their own school news for review; only staff publish (enforceReview)
  access: {
    read: staffOrPublishedOrOwnSchool,
    readVersions: staffOrOwnSchoolVersions,
    create: staffOrSchool,
    update: staffOrOwnSchool,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    beforeChange: [enforceReview],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  defaultSort: '-publishedAt',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    reviewNoticeField,
    { name: 'title', type: 'text', label: l('Tiêu đề', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    { name: 'excerpt', type: 'textarea', label: l('Tóm tắt', 'Excerpt'), maxLength: 600 },
    { name: 'cover', type: 'upload', relationTo: 'media', label: l('Ảnh đại diện', 'Cover image') },
    safeRichText({ name: 'content', label: l('Nội dung', 'Content'), required: true }),
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      required: true,
      minRows: 1,
      label: l('Chủ đề', 'Themes'),
      admin: { position: 'sidebar' },
    },
    ownSchoolField({ label: l('Trường (nguồn tin)', 'School (origin)') }),
    albumField,
    publishedAtField,
    {
      name: 'pressRelease',
      type: 'checkbox',
      label: l('Thông cáo báo chí', 'Press release'),
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: l('Hiện trong mục Thông cáo báo chí của trang Phát ngôn.', 'Listed on the press page.') },
    },
    {
      name: 'featured',
      type: 'checkbox',
      label: l('Tin nổi bật', 'Featured'),
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    ...reviewFields,
  ],
}
