/** What a report's attachment may be (checked by content, never by name): PDF scans and photos, at most 10 MB. */
export const MAX_REPORT_FILE_BYTES = 10 * 1024 * 1024
export const REPORT_FILE_MIME_TYPES = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' } as const
export type ReportFileKind = keyof typeof REPORT_FILE_MIME_TYPES

/** The kind the bytes show: "%PDF-" … "%%EOF", JPEG's FF D8 FF, PNG's signature; null for anything else. */
export function sniffReportFile(data: Buffer): ReportFileKind | null {
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') {
    return data
      .subarray(Math.max(0, data.length - 1024))
      .toString('latin1')
      .includes('%%EOF')
      ? 'pdf'
      : null
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg'
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  return null
}
