import type { CollectionConfig } from 'payload'
import { DISCLOSURE_CATEGORIES, SCHOOL_YEAR_MESSAGE, isSchoolYear, schoolYearOf } from '@gd/shared/disclosures'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOrOwnSchool } from '../../access/staffOrPublishedOrOwnSchool'
import { staffOrOwnSchool } from '../../access/staffOrOwnSchool'
import { staffOrOwnSchoolVersions } from '../../access/staffOrOwnSchoolVersions'
import { staffOrSchool } from '../../access/staffOrSchool'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { auditDeletion } from '../../audit/deletions'
import { slugField } from '../../fields/slug'
import { publishedAtField } from '../../fields/publishedAt'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { l } from '../../utilities/label'
import { refuseImpossibleID } from '../../utilities/validID'
import { enforceReview } from '../../workflow/enforceReview'
import { reviewEditComponents, reviewFields, reviewNoticeField } from '../../workflow/fields'
import { recordTransition } from '../../workflow/recordTransition'
import { ownSchoolField } from '../../workflow/schoolField'
import { checkOnEverySave } from './checkOnEverySave'
import { disclosureFilesField } from './filesField'

/**
 * Công khai: a school's mandatory public disclosure (Thông tư 09/2024/TT-BGDĐT, @gd/shared/disclosures), filed by the
 * school itself through the same review as its news (enforceReview: a school writes only for its own school and
 * never publishes; an editor publishes). Shown on /cong-khai/ by school and year and on the school's page.
 */
export const SchoolDisclosures: CollectionConfig = {
  slug: 'school-disclosures',
  labels: { singular: l('Công khai của trường', 'School disclosure'), plural: l('Công khai của trường', 'School disclosures') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'school', 'category', 'schoolYear', 'reviewState', '_status'],
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
    beforeChange: [enforceReview, checkOnEverySave],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  fields: [
    reviewNoticeField,
    { name: 'title', type: 'text', label: l('Tiêu đề', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    ownSchoolField({ label: l('Trường', 'School'), required: true }),
    {
      name: 'category',
      type: 'select',
      label: l('Nội dung công khai', 'Category'),
      required: true,
      index: true,
      options: DISCLOSURE_CATEGORIES.map((c) => ({ value: c.value, label: c.label })),
      admin: { description: l('Theo Thông tư 09/2024/TT-BGDĐT.', 'Per circular 09/2024.') },
    },
    {
      name: 'schoolYear',
      type: 'text',
      label: l('Năm học', 'School year'),
      required: true,
      index: true,
      maxLength: 9,
      defaultValue: () => schoolYearOf(),
      validate: (value: unknown) => (isSchoolYear(value) ? true : SCHOOL_YEAR_MESSAGE),
      admin: { description: l('Ví dụ: 2025-2026.', 'E.g. 2025-2026.') },
    },
    { name: 'summary', type: 'textarea', label: l('Tóm tắt', 'Summary'), maxLength: 1500 },
    disclosureFilesField(),
    publishedAtField,
    ...reviewFields,
  ],
}
