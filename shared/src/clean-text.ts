/**
 * What the public forms accept as text, for every free-text field (feedback, comments on drafts, ratings, lookup):
 * - refused: control characters (C0 other than tab and line breaks, DEL, C1), bidirectional overrides, embeddings,
 *   isolates and marks (which can make stored text read differently from what it is), and lone UTF-16 surrogates;
 * - removed: invisible characters (zero-width spaces and joiners, word joiner, BOM, soft hyphen, Hangul fillers), so
 *   a field of only invisible characters counts as empty.
 */
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200D\u2060-\u2064\u3164\uFEFF\uFFA0]/g

/** Whether the text holds a character the forms refuse. */
export const hasForbiddenChars = (s: string): boolean => CONTROL_OR_BIDI.test(s) || LONE_SURROGATE.test(s)

/** NFC, invisible characters removed, trimmed (call after hasForbiddenChars). */
export const cleanText = (s: string): string => s.replace(INVISIBLE, '').normalize('NFC').trim()

/** The message for a refused character, e.g. "Nội dung có ký tự không hợp lệ …". */
export const forbiddenCharsMessage = (label: string): string =>
  `${label} có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự đảo chiều văn bản). Vui lòng gõ lại bằng bàn phím.`
