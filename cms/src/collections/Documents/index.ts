import type { CollectionConfig, TextField } from 'payload'
import { DOCUMENT_TYPES } from '@gd/shared/vocab'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { slugField } from '../../fields/slug'
import { l } from '../../utilities/label'
import { documentSlug, notBefore } from './hooks'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'

const dateOnly = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }

/** The documents library (văn bản): plans, official letters, decisions… with their metadata and file. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Văn bản', 'Document'), plural: l('Văn bản', 'Documents') },
  admin: {
    hidden: hiddenFromSchools,
    useAsTitle: 'number',
    defaultColumns: ['number', 'docType', 'summary', 'issuedDate', '_status'],
    group: l('Văn bản', 'Documents'),
    listSearchableFields: ['number', 'summary', 'issuer', 'signer'],
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-issuedDate',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    {
      name: 'number',
      type: 'text',
      label: l('Số, ký hiệu', 'Number and symbol'),
      required: true,
      maxLength: 60,
      index: true,
      admin: { description: l('Ví dụ: 92/KH-PGDĐT', 'E.g. 92/KH-PGDĐT') },
    },
    { ...(slugField('number') as TextField), hooks: { beforeValidate: [documentSlug] } },
    {
      name: 'docType',
      type: 'select',
      label: l('Loại văn bản', 'Type'),
      required: true,
      index: true,
      options: DOCUMENT_TYPES.map((o) => ({ value: o.value, label: o.label })),
    },
    { name: 'summary', type: 'textarea', label: l('Trích yếu', 'Abstract'), required: true, maxLength: 1000 },
    {
      name: 'issuer',
      type: 'text',
      label: l('Cơ quan ban hành', 'Issuing body'),
      required: true,
      maxLength: 200,
      index: true,
    },
    { name: 'signer', type: 'text', label: l('Người ký', 'Signed by'), maxLength: 200 },
    {
      type: 'row',
      fields: [
        {
          name: 'issuedDate',
          type: 'date',
          label: l('Ngày ban hành', 'Issued on'),
          required: true,
          index: true,
          admin: { date: dateOnly },
        },
        {
          name: 'effectiveDate',
          type: 'date',
          label: l('Ngày có hiệu lực', 'In force from'),
          admin: { date: dateOnly },
          validate: notBefore('issuedDate', 'Ngày có hiệu lực không được trước ngày ban hành.'),
        },
        {
          name: 'expiryDate',
          type: 'date',
          label: l('Ngày hết hiệu lực', 'In force until'),
          admin: { date: dateOnly },
          validate: notBefore('effectiveDate', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.'),
        },
      ],
    },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, label: l('Chủ đề', 'Themes') },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'files',
      label: l('Tệp đính kèm (PDF, Word)', 'Attached file (PDF, Word)'),
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: l('Văn bản liên quan', 'Related documents'),
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'replaces',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: l('Thay thế văn bản', 'Replaces'),
      admin: { description: l('Các văn bản bị văn bản này thay thế.', 'Documents this one replaces.') },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
}
