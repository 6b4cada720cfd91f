import type { GlobalConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { coordinator } from '../site-build/coordinator'
import { l } from '../utilities/label'
import { shownToAdminsOnly } from '../utilities/hiddenInNav'

const readOnly = { readOnly: true }

/**
 * The state of the public site's builds, written by the build coordinator only (never through the API).
 * Staff read it; an administrator can ask for a full rebuild (POST /api/globals/site-build/rebuild).
 */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: l('Xuất bản trang công khai', 'Public site builds'),
  admin: { group: l('Hệ thống', 'System'), hidden: shownToAdminsOnly },
  access: { read: isStaff, update: () => false },
  endpoints: [
    {
      path: '/rebuild',
      method: 'post',
      handler: async (req) => {
        if (!(await isAdmin({ req }))) {
          return Response.json({ errors: [{ message: 'Chỉ quản trị hệ thống được yêu cầu build lại.' }] }, { status: 403 })
        }
        const c = coordinator()
        if (!c) return Response.json({ errors: [{ message: 'Máy chủ này không tự build trang công khai.' }] }, { status: 409 })
        c.request({ reason: `build lại toàn bộ (${req.user?.email ?? 'quản trị'})`, full: true })
        return Response.json({ message: 'Đã yêu cầu build lại toàn bộ trang công khai.' }, { status: 202 })
      },
    },
  ],
  fields: [
    {
      name: 'status',
      type: 'select',
      label: l('Trạng thái', 'Status'),
      options: [
        { value: 'chua-build', label: l('Chưa build', 'Not built') },
        { value: 'dang-build', label: l('Đang build', 'Building') },
        { value: 'thanh-cong', label: l('Thành công', 'Succeeded') },
        { value: 'that-bai', label: l('Thất bại', 'Failed') },
      ],
      defaultValue: 'chua-build',
      admin: readOnly,
    },
    {
      name: 'mode',
      type: 'select',
      label: l('Kiểu build', 'Mode'),
      options: [
        { value: 'full', label: l('Toàn bộ', 'Full') },
        { value: 'incremental', label: l('Phần thay đổi', 'Incremental') },
      ],
      admin: readOnly,
    },
    { name: 'trigger', type: 'text', label: l('Lý do', 'Trigger'), admin: readOnly },
    {
      name: 'startedAt',
      type: 'date',
      label: l('Bắt đầu', 'Started'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: l('Kết thúc', 'Finished'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    {
      name: 'lastSuccessAt',
      type: 'date',
      label: l('Lần build thành công gần nhất', 'Last successful build'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    { name: 'durationSeconds', type: 'number', label: l('Thời gian (giây)', 'Duration (s)'), admin: readOnly },
    { name: 'pagesRendered', type: 'number', label: l('Số trang dựng lại', 'Pages rendered'), admin: readOnly },
    { name: 'pagesReused', type: 'number', label: l('Số trang giữ nguyên', 'Pages reused'), admin: readOnly },
    { name: 'logTail', type: 'textarea', label: l('Nhật ký (phần cuối)', 'Log tail'), admin: readOnly },
  ],
}
