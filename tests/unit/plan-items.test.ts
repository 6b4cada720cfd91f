import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { planItems } from '@gd/shared/plan-items'
import { THEMES } from '@gd/shared/themes'

const PLAN = fs.readFileSync(new URL('../../cms/src/seed/data/ke-hoach-92.txt', import.meta.url), 'utf8')

describe('the plan’s own words for its content items', () => {
  const items = planItems(PLAN, 'II. NỘI DUNG TRUYỀN THÔNG')

  it('reads items 1–10 of section II, one per theme, and nothing of section III', () => {
    expect([...items.keys()]).toEqual(THEMES.map((t) => t.order))
    expect(items.get(1)).toBe(
      'Đẩy mạnh truyền thông việc triển khai thực hiện các nghị quyết, chỉ thị, kết luận của Đảng; các văn bản quy phạm pháp luật của Quốc hội, Ủy ban Thường vụ Quốc hội, Chính phủ, Thủ tướng Chính phủ liên quan đến giáo dục và đào tạo.',
    )
    expect(items.get(7)).toBe('Thúc đẩy chuyển đổi số, đẩy mạnh ứng dụng công nghệ thông tin trong giáo dục và đào tạo.')
    expect([...items.values()].join(' ')).not.toContain('Xây dựng kế hoạch và triển khai') // III.1
  })

  it('joins an item the text’s page break split in two', () => {
    expect(items.get(5)).toContain('Chương trình sức khỏe học đường giai đoạn 2021-2025 và Đề án đảm bảo dinh dưỡng hợp lý')
    expect(items.get(5)).toMatch(/dịch bệnh trong các cơ sở giáo dục\.$/)
  })

  it('finds nothing when the section is missing', () => {
    expect(planItems(PLAN, 'IX. KHÔNG CÓ').size).toBe(0)
  })
})
