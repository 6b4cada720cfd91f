import { describe, expect, it } from 'vitest'
import { foldedCopy } from '../../site/src/lib/search-text'

describe("a page's folded copy for search", () => {
  it('copies, folded, every word with a đ as often as it occurs, in any normalisation, and no other word', () => {
    expect(foldedCopy('Phòng Giáo dục và Đào tạo', 'Đào tạo, bồi dưỡng đội ngũ (GD&ĐT)')).toBe('dao dao doi (gd&dt)')
    expect(foldedCopy('Đường'.normalize('NFD'), null, undefined)).toBe('duong')
  })

  it('is empty when no word has a đ: Pagefind folds the other marks itself', () => {
    expect(foldedCopy('Hòa Bình', 'Trường tiểu học')).toBe('')
  })
})
