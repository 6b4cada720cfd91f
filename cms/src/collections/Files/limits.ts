/** Upload limits for documents (PDF, Word), with the reasons a contributor reads. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const FILE_MIME_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const
/** What Payload's own type check may see: file-type reports a Word 97–2003 file as a compound file (x-cfb). */
export const ALLOWED_FILE_MIME_TYPES = [...Object.values(FILE_MIME_TYPES), 'application/x-cfb']
export type FileKind = keyof typeof FILE_MIME_TYPES

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le')

/**
 * What a file really is, from its bytes (never its name or the browser's word): a PDF starts with "%PDF-" and ends
 * with its cross-reference and "%%EOF"; a Word 97–2003 file is an OLE2 compound file with a WordDocument stream;
 * a .docx is a ZIP whose parts include word/.
 */
export function sniffFileKind(data: Buffer): FileKind | 'broken-pdf' | null {
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') {
    const tail = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
    return tail.includes('%%EOF') && tail.includes('xref') ? 'pdf' : 'broken-pdf'
  }
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE2)) return data.includes(WORD_STREAM) ? 'doc' : null
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) {
    // ZIP local file headers carry the part names uncompressed
    const names = data.toString('latin1')
    if (names.includes('[Content_Types].xml') && names.includes('word/')) return 'docx'
  }
  return null
}
