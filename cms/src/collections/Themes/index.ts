import type { CollectionConfig } from 'payload'
import { THEME_STATUSES } from '@gd/shared/vocab'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { l } from '../../utilities/label'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { keepWhileLinked } from '../../utilities/keepWhileLinked'
import { stableSlug } from './stableSlug'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'

/**
 * The content themes of the department's plans, year by year (the 2024 plan's ten are seeded from
 * @gd/shared/themes). Editors create, rename, reorder and retire them; every theme gets its page, feed and search
 * filter on the next rebuild, and the themes in use are the feedback form's options. A retired theme keeps its page
 * and articles and is listed under the plan it came from; a theme anything links to is not deleted (keepWhileInUse).
 * The slug never changes after creation (./stableSlug.ts).
 */
const RETIRED = THEME_STATUSES.find((s) => s.value === 'da-ket-thuc')!.label
/** A theme in use is retired, not deleted: that keeps its page and its articles. */
const keepWhileInUse = keepWhileLinked('themes', {
  what: 'chủ đề này',
  wayOut: `Hãy chuyển các mục đó sang chủ đề khác trước khi xóa, hoặc đặt Tình trạng là “${RETIRED}” để giữ trang của chủ đề và các bài của nó.`,
})

export const Themes: CollectionConfig = {
  slug: 'themes',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    beforeDelete: [keepWhileInUse],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Chủ đề', 'Theme'), plural: l('Chủ đề', 'Themes') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['order', 'name', 'year', 'status', 'slug'],
    group: l('Danh mục', 'Directories'),
    hidden: hiddenFromSchools,
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: l('Tên chủ đề', 'Name'), required: true, maxLength: 150 },
    {
      name: 'slug',
      type: 'text',
      label: l('Đường dẫn (slug)', 'Slug'),
      required: true,
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: l(
          'Tự tạo từ tên khi tạo chủ đề; không đổi khi đổi tên, để các liên kết đã đăng luôn dùng được.',
          'Made from the name when the theme is created; never changes afterwards.',
        ),
        condition: (_data, _sibling, { operation }) => operation === 'update',
        readOnly: true,
      },
      hooks: { beforeValidate: [stableSlug] },
    },
    { name: 'order', type: 'number', label: l('Thứ tự', 'Order'), required: true, min: 1 },
    {
      name: 'status',
      type: 'select',
      label: l('Tình trạng', 'Status'),
      required: true,
      defaultValue: 'dang-ap-dung',
      options: THEME_STATUSES.map((o) => ({ value: o.value, label: o.label })),
      admin: {
        position: 'sidebar',
        description: l(
          'Chủ đề đã kết thúc vẫn giữ trang và tin bài, được liệt kê theo kế hoạch đã đề ra nó, nhưng không còn trong biểu mẫu góp ý.',
          'A retired theme keeps its page and articles, listed under its plan, and leaves the feedback form.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'plan',
          type: 'relationship',
          relationTo: 'documents',
          label: l('Thuộc kế hoạch', 'Plan'),
          filterOptions: { docType: { equals: 'ke-hoach' } },
          admin: { description: l('Văn bản kế hoạch (mục Văn bản) đề ra chủ đề này.', 'The plan document.') },
        },
        {
          name: 'year',
          type: 'number',
          label: l('Năm', 'Year'),
          required: true,
          min: 2000,
          max: 2100,
          defaultValue: () => new Date().getFullYear(),
        },
      ],
    },
    {
      name: 'planWording',
      type: 'textarea',
      label: l('Nội dung theo kế hoạch', 'The plan’s wording'),
      maxLength: 3000,
      admin: { description: l('Nguyên văn mục tương ứng của kế hoạch; hiện trên trang chủ đề.', 'Shown on the theme page.') },
    },
    { name: 'description', type: 'textarea', label: l('Mô tả ngắn', 'Description'), maxLength: 600 },
  ],
}
