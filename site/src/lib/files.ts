/** Uploaded files (PDF, Word) of documents and drafts for comment: their links and a short description. */
import { populated, type DisclosureFileDoc, type FileDoc, type Id } from './types.ts'

/** Files are served by the CMS (Payload) at /api/files/file/<filename>, on the site's own origin. */
export function fileHref(file: FileDoc | Id | null | undefined): string | null {
  const f = populated<FileDoc>(file)
  return f?.filename ? `/api/files/file/${encodeURIComponent(f.filename)}` : null
}

/** "PDF, 56 KB" */
export function fileFacts(file: FileDoc | DisclosureFileDoc | Id | null | undefined): string {
  const f = populated<FileDoc | DisclosureFileDoc>(file)
  if (!f) return ''
  const kind =
    f.mimeType === 'application/pdf' ? 'PDF' : f.mimeType?.includes('word') || f.mimeType === 'application/msword' ? 'Word' : 'Tệp'
  const size = f.filesize ?? 0
  const human =
    size >= 1024 * 1024
      ? `${(size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
      : `${Math.max(1, Math.round(size / 1024)).toLocaleString('vi-VN')} KB`
  return `${kind}, ${human}`
}

/** A school's disclosure file, served by the CMS at /api/disclosure-files/file/<filename> (downloaded, not shown). */
export function disclosureFileHref(file: DisclosureFileDoc | Id | null | undefined): string | null {
  const f = populated<DisclosureFileDoc>(file)
  return f?.filename ? `/api/disclosure-files/file/${encodeURIComponent(f.filename)}` : null
}
