import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { webAddressField } from '../../fields/webAddress'
import { l } from '../../utilities/label'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

const line = (name: string, label: string, max = 500) => ({
  name,
  type: 'text' as const,
  label,
  required: true,
  maxLength: max,
})

/**
 * Administrative procedures (thủ tục hành chính) citizens do with the department or its schools, each with where to
 * go, the papers, fees, time limit, steps, legal basis and the link to the public-service portal that takes it
 * online (@gd/shared/procedures). Shown at /thu-tuc-hanh-chinh/. Staff write and publish; the public reads the
 * published ones.
 */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Thủ tục hành chính', 'Procedure'), plural: l('Thủ tục hành chính', 'Procedures') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'agency', '_status'],
    group: l('Tin bài', 'News'),
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    { ...line('name', l('Tên thủ tục', 'Name'), 250) },
    slugField('name'),
    {
      name: 'order',
      type: 'number',
      label: l('Thứ tự hiển thị', 'Order'),
      required: true,
      min: 1,
      max: 999,
      defaultValue: 1,
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', label: l('Tóm tắt (ai cần làm, để làm gì)', 'Summary'), required: true, maxLength: 600 },
    {
      type: 'row',
      fields: [line('agency', l('Cơ quan thực hiện', 'Agency')), line('submitAt', l('Nơi nộp hồ sơ', 'Where to submit'))],
    },
    {
      name: 'papers',
      type: 'array',
      label: l('Thành phần hồ sơ', 'Papers'),
      labels: { singular: l('Giấy tờ', 'Paper'), plural: l('Giấy tờ', 'Papers') },
      required: true,
      minRows: 1,
      maxRows: 30,
      fields: [line('paper', l('Giấy tờ', 'Paper'))],
    },
    {
      type: 'row',
      fields: [line('fee', l('Lệ phí', 'Fee'), 250), line('timeLimit', l('Thời hạn giải quyết', 'Time limit'), 250)],
    },
    {
      name: 'steps',
      type: 'array',
      label: l('Trình tự thực hiện', 'Steps'),
      labels: { singular: l('Bước', 'Step'), plural: l('Các bước', 'Steps') },
      required: true,
      minRows: 1,
      maxRows: 20,
      fields: [{ name: 'step', type: 'textarea', label: l('Bước', 'Step'), required: true, maxLength: 1000 }],
    },
    {
      name: 'legalBasis',
      type: 'textarea',
      label: l('Căn cứ pháp lý', 'Legal basis'),
      maxLength: 2000,
      admin: { description: l('Mỗi văn bản một dòng, ghi số, ký hiệu và tên văn bản.', 'One document a line.') },
    },
    {
      ...webAddressField('portalUrl', l('Liên kết nộp trực tuyến (Cổng dịch vụ công)', 'Public-service portal link'), true),
      admin: {
        placeholder: 'https://dichvucong.gov.vn/…',
        description: l(
          'Trang của thủ tục này trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc cổng dịch vụ công của tỉnh; bắt đầu bằng https://',
          'The procedure on the national or provincial public-service portal.',
        ),
      },
    },
    publishedAtField,
  ],
}
