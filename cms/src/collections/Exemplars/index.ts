import type { CollectionConfig } from 'payload'
import { CAMPAIGN_KINDS, EXEMPLAR_MOVEMENTS, EXEMPLAR_SUBJECT_TYPES, labelOf } from '@gd/shared/vocab'
import { isStaff } from '../../access/isStaff'
import { previewUrl } from '../../utilities/previewUrl'
import { staffOrPublishedOrOwnSchool } from '../../access/staffOrPublishedOrOwnSchool'
import { staffOrOwnSchool } from '../../access/staffOrOwnSchool'
import { staffOrOwnSchoolVersions } from '../../access/staffOrOwnSchoolVersions'
import { staffOrSchool } from '../../access/staffOrSchool'
import { slugField } from '../../fields/slug'
import { publishedAtField } from '../../fields/publishedAt'
import { safeRichText } from '../../fields/safeRichText'
import { albumField } from '../../fields/albumField'
import { l } from '../../utilities/label'
import { enforceReview } from '../../workflow/enforceReview'
import { reviewEditComponents, reviewFields, reviewNoticeField } from '../../workflow/fields'
import { ownSchoolField } from '../../workflow/schoolField'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

/** Exemplar stories (người tốt việc tốt), plan II.10. */
export const Exemplars: CollectionConfig = {
  slug: 'exemplars',
  labels: { singular: l('Người tốt việc tốt', 'Exemplar'), plural: l('Người tốt việc tốt', 'Exemplars') },
  admin: {
    useAsTitle: 'title',
    preview: previewUrl('nguoi-tot-viec-tot'),
    defaultColumns: ['title', 'school', 'reviewState', 'submittedAt', '_status'],
    group: l('Nội dung', 'Content'),
    components: { edit: reviewEditComponents },
  },
  access: {
    read: staffOrPublishedOrOwnSchool,
    readVersions: staffOrOwnSchoolVersions,
    create: staffOrSchool,
    update: staffOrOwnSchool,
    delete: isStaff,
  },
  defaultSort: '-publishedAt',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    beforeChange: [enforceReview],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  fields: [
    reviewNoticeField,
    { name: 'title', type: 'text', label: l('Tiêu đề', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    { name: 'subjectName', type: 'text', label: l('Cá nhân / tập thể', 'Person or collective'), required: true },
    {
      name: 'subjectType',
      type: 'select',
      label: l('Đối tượng', 'Subject type'),
      required: true,
      options: EXEMPLAR_SUBJECT_TYPES.map((o) => ({ value: o.value, label: o.label })),
    },
    ownSchoolField({ label: l('Trường', 'School'), required: true }),
    {
      name: 'movement',
      type: 'select',
      label: l('Phong trào thi đua, cuộc vận động', 'Campaign'),
      required: true,
      defaultValue: 'khac',
      options: EXEMPLAR_MOVEMENTS.map((o) => ({
        value: o.value,
        label: o.kind ? `${labelOf(CAMPAIGN_KINDS, o.kind)} “${o.label}”` : o.label,
      })),
    },
    { name: 'summary', type: 'textarea', label: l('Tóm tắt thành tích', 'Achievement summary'), required: true, maxLength: 1000 },
    safeRichText({ name: 'story', label: l('Câu chuyện', 'Story'), required: true }),
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: l('Ảnh', 'Photos') },
    albumField,
    publishedAtField,
    ...reviewFields,
  ],
}
