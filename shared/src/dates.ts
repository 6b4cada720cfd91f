/** vi-VN date formatting in the department's time zone (Asia/Ho_Chi_Minh). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const longDate = new Intl.DateTimeFormat('vi-VN', {
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const shortDate = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE })

function toDate(value: Date | string | number): Date {
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) throw new RangeError(`Ngày không hợp lệ: ${String(value)}`)
  return d
}

/** "Thứ Năm, 14/03/2024" */
export function formatDateLong(value: Date | string | number): string {
  return longDate.format(toDate(value))
}

/** "14/03/2024" */
export function formatDate(value: Date | string | number): string {
  return shortDate.format(toDate(value))
}

/** "14/03/2024 10:00" */
export function formatDateTime(value: Date | string | number): string {
  const d = toDate(value)
  return `${shortDate.format(d)} ${time.format(d)}`
}

/** The date-fns pattern the admin uses for the same display (dd/MM/yyyy HH:mm). */
export const ADMIN_DATE_FORMAT = 'dd/MM/yyyy HH:mm'
