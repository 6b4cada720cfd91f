import { describe, expect, it } from 'vitest'
import { CODE_ALPHABET, generateReferenceCode, normalizeReferenceCode, REFERENCE_CODE_PATTERN } from '@gd/shared/reference-code'

describe('reference codes', () => {
  it('have the GY-year-XXXXX shape with no ambiguous characters', () => {
    const code = generateReferenceCode(new Date('2026-05-01T00:00:00Z'))
    expect(code).toMatch(REFERENCE_CODE_PATTERN)
    expect(code.startsWith('GY-2026-')).toBe(true)
    expect(CODE_ALPHABET).not.toMatch(/[01OILU]/)
  })
  it('spread over the whole alphabet (1,000 draws: ~0.02 collisions expected)', () => {
    const codes = Array.from({ length: 1000 }, () => generateReferenceCode())
    expect(new Set(codes).size).toBeGreaterThanOrEqual(998)
    const used = new Set(codes.flatMap((c) => c.slice(8).split('')))
    expect(used.size).toBe(CODE_ALPHABET.length)
  })
  it('normalise what a citizen typed', () => {
    expect(normalizeReferenceCode(' gy 2026 7k3qx ')).toBe('GY-2026-7K3QX')
    expect(normalizeReferenceCode('GY-2026-7K3QX')).toBe('GY-2026-7K3QX')
  })
  it('reject what cannot be a code', () => {
    expect(normalizeReferenceCode('GY-2026-7K3Q0')).toBeNull() // 0 is not in the alphabet
    expect(normalizeReferenceCode('GY-2026-7K3QXX')).toBeNull()
    expect(normalizeReferenceCode('<script>')).toBeNull()
    expect(normalizeReferenceCode(42)).toBeNull()
    expect(normalizeReferenceCode(['GY-2026-7K3QX'])).toBeNull()
  })
})
