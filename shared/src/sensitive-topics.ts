/**
 * Early warning on citizen feedback: sensitive topics (communication incidents, plan I.2) matched on the subject and
 * message, folded (tones and đ→d removed, lowercase) and on word boundaries of the folded text, so "DANH NHAU"
 * matches "đánh nhau" but "matuy" or "tai nạnh" do not match "ma túy" / "tai nạn".
 */
import { foldVietnamese } from './text.ts'

/** The seed list of the site settings (editable there). */
export const DEFAULT_SENSITIVE_TOPICS: readonly string[] = [
  'bạo lực học đường',
  'đánh nhau',
  'xâm hại',
  'ma túy',
  'tai nạn',
  'đuối nước',
  'ngộ độc thực phẩm',
  'tự tử',
  'lạm thu',
]

/** Folded words of a text: letters and digits only, everything else separates words. */
function foldedWords(text: string): string {
  return ` ${foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `
}

/** The topics (as written in the list) whose folded words occur in the folded text as whole words, in list order. */
export function matchSensitiveTopics(text: string, topics: Iterable<string>): string[] {
  const haystack = foldedWords(text)
  const found: string[] = []
  for (const topic of topics) {
    const needle = foldedWords(topic)
    if (needle.trim() === '') continue
    if (haystack.includes(needle) && !found.includes(topic.trim())) found.push(topic.trim())
  }
  return found
}
