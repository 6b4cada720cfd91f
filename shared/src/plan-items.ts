/**
 * The numbered items of a plan's section, word for word, from the plan's plain text (e.g. Kế hoạch 92/KH-PGDĐT,
 * "II. NỘI DUNG TRUYỀN THÔNG", items 1–10): a theme's page shows the plan's own wording. The text's page breaks
 * split an item into paragraphs; a paragraph that starts neither a numbered item nor a dash continues the item.
 */
const SECTION_HEADING = /^[IVX]+\.\s/
const NUMBERED = /^(\d+)\.\s+(.*)$/

export function planItems(text: string, sectionStart: string): Map<number, string> {
  const items = new Map<number, string>()
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((l) => l.trim().startsWith(sectionStart))
  if (start < 0) return items
  let current: number | null = null
  for (const raw of lines.slice(start + 1)) {
    const line = raw.trim()
    if (!line) continue
    if (SECTION_HEADING.test(line)) break
    const numbered = NUMBERED.exec(line)
    if (numbered) {
      current = Number(numbered[1])
      items.set(current, numbered[2]!.trim())
    } else if (line.startsWith('-')) {
      current = null
    } else if (current !== null) {
      items.set(current, `${items.get(current)} ${line}`)
    }
  }
  return items
}
